using System;
using System.IO;
using System.Text.RegularExpressions;

namespace Postfix.Dsl.Tool.Apply;

/// <summary>
/// Puts each secret's value where the generated files hold its marker (<c>&lt;secret:name&gt;</c>):
/// from the environment variable <c>POSTFIX_DSL_SECRET_NAME</c> (the name upper-cased, '-' and '.' as
/// '_'), else from the file <c>name</c> in the secrets folder. Never from the repository.
/// </summary>
internal sealed partial class SecretSupply(string? secretsDirectory)
{
    /// <summary>The environment variable that supplies <paramref name="name"/>.</summary>
    public static string Variable(string name) => "POSTFIX_DSL_SECRET_" + Regex.Replace(name.ToUpperInvariant(), "[^A-Z0-9]", "_");

    /// <summary>
    /// <paramref name="text"/> with every marker outside comment lines replaced (a header may name the
    /// marker form); <paramref name="hadSecrets"/> says whether there was one.
    /// </summary>
    public string Supply(string file, string text, out bool hadSecrets)
    {
        var found = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith('#'))
            {
                continue;
            }

            lines[i] = Marker().Replace(lines[i], match =>
            {
                found = true;
                return Value(file, match.Groups["name"].Value);
            });
        }

        hadSecrets = found;
        return string.Join('\n', lines);
    }

    private string Value(string file, string name)
    {
        var value = Environment.GetEnvironmentVariable(Variable(name));
        if (string.IsNullOrEmpty(value) && secretsDirectory is not null && File.Exists(Path.Combine(secretsDirectory, name)))
        {
            value = File.ReadAllText(Path.Combine(secretsDirectory, name)).TrimEnd('\n', '\r');
        }

        if (string.IsNullOrEmpty(value))
        {
            throw new ApplyException($"{file}: the secret {name} is not supplied; expected the environment variable {Variable(name)}"
                + (secretsDirectory is null ? ", or --secrets-dir with a file named " + name : $", or a file {Path.Combine(secretsDirectory, name)}"));
        }

        if (value.IndexOfAny(['\n', '\r', '\0']) >= 0 || value != value.Trim())
        {
            throw new ApplyException($"{file}: the secret {name} has a line break, a NUL or surrounding blanks, which would change the file's meaning; expected one line without surrounding blanks");
        }

        return value;
    }

    [GeneratedRegex(@"<secret:(?<name>[A-Za-z0-9._-]+)>")]
    private static partial Regex Marker();
}
