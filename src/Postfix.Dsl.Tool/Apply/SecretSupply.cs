using System;
using System.IO;
using System.Text.RegularExpressions;

namespace Postfix.Dsl.Tool.Apply;

/// <summary>
/// Puts each secret's value where the generated files hold its marker (<c>&lt;secret:name&gt;</c>):
/// from the environment variable <c>POSTFIX_DSL_SECRET_NAME</c> (the name upper-cased, '-' and '.' as
/// '_'), else from the file <c>name</c> in the secrets folder; or from the variable or file the model
/// names (<c>&lt;secret:name;env=VARIABLE&gt;</c>, <c>&lt;secret:name;file=/path&gt;</c>). Never from the repository.
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
                return Value(file, match.Groups["name"].Value, match.Groups["kind"].Value, match.Groups["source"].Value);
            });
        }

        hadSecrets = found;
        return string.Join('\n', lines);
    }

    private string Value(string file, string name, string kind, string source)
    {
        string? value;
        string expected;
        switch (kind)
        {
            case "env": // the model names the variable
                value = Environment.GetEnvironmentVariable(source);
                expected = "the environment variable " + source + ", as the model says";
                break;
            case "file": // the model names the file
                value = File.Exists(source) ? File.ReadAllText(source).TrimEnd('\n', '\r') : null;
                expected = "the file " + source + ", as the model says";
                break;
            default:
                value = Environment.GetEnvironmentVariable(Variable(name));
                if (string.IsNullOrEmpty(value) && secretsDirectory is not null && File.Exists(Path.Combine(secretsDirectory, name)))
                {
                    value = File.ReadAllText(Path.Combine(secretsDirectory, name)).TrimEnd('\n', '\r');
                }

                expected = "the environment variable " + Variable(name)
                    + (secretsDirectory is null ? ", or --secrets-dir with a file named " + name : $", or a file {Path.Combine(secretsDirectory, name)}");
                break;
        }

        if (string.IsNullOrEmpty(value))
        {
            throw new ApplyException($"{file}: the secret {name} is not supplied; expected {expected}");
        }

        if (value.IndexOfAny(['\n', '\r', '\0']) >= 0 || value != value.Trim())
        {
            throw new ApplyException($"{file}: the secret {name} has a line break, a NUL or surrounding blanks, which would change the file's meaning; expected one line without surrounding blanks");
        }

        return value;
    }

    [GeneratedRegex(Secret.MarkerPattern)]
    private static partial Regex Marker();
}
