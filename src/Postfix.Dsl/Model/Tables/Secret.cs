using System;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// A secret the model names but never holds, such as the password of a relay host's account. The
/// committed output carries only the marker <c>&lt;secret:name&gt;</c>, in a file written with mode
/// 0600; <c>postfix-dsl apply</c> puts the value in its place on the server: from the environment
/// variable <c>POSTFIX_DSL_SECRET_NAME</c> or the file <c>name</c> of its secrets folder, or from where
/// the model says (<see cref="FromEnvironment"/>, <see cref="FromFile"/>).
/// </summary>
public sealed record Secret
{
    /// <summary>A secret called <paramref name="name"/> (letters, digits, '.', '-' and '_').</summary>
    public Secret(string name)
    {
        if (string.IsNullOrEmpty(name) || !IsName(name))
        {
            // The text is not repeated: it may be the password itself, typed where its name goes (PFX0329).
            throw new ArgumentException("Not a secret name: expected letters, digits, '.', '-' and '_', such as relay-password (the value is supplied where the files are deployed).", nameof(name));
        }

        Name = name;
    }

    /// <summary>The name the deployment supplies the value under.</summary>
    public string Name { get; }

    /// <summary>The server's environment variable that holds the value (<see cref="FromEnvironment"/>); null for the default.</summary>
    public string? EnvironmentVariable { get; private init; }

    /// <summary>The server's file that holds the value (<see cref="FromFile"/>); null for the default.</summary>
    public string? FilePath { get; private init; }

    /// <summary>
    /// The marker grammar, shared by the deployment and the plan: <c>&lt;secret:name&gt;</c>,
    /// <c>&lt;secret:name;env=VARIABLE&gt;</c> or <c>&lt;secret:name;file=/path&gt;</c>.
    /// </summary>
    public const string MarkerPattern = @"<secret:(?<name>[A-Za-z0-9._-]+)(;(?<kind>env|file)=(?<source>[^>\s;]+))?>";

    /// <summary>What the committed file holds in the value's place: <c>&lt;secret:name&gt;</c>, with the source when the model names one.</summary>
    public string Marker => "<secret:" + Name + (EnvironmentVariable is { } variable ? ";env=" + variable : FilePath is { } path ? ";file=" + path : string.Empty) + ">";

    /// <summary>A secret whose value is in the server's environment variable <paramref name="variable"/> (letters, digits and '_').</summary>
    public static Secret FromEnvironment(string name, string variable)
    {
        if (string.IsNullOrEmpty(variable) || char.IsAsciiDigit(variable[0]) || !variable.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{variable}' is not an environment variable name: expected letters, digits and '_', such as SMTP_RELAY_PASSWORD.", nameof(variable));
        }

        return new Secret(name) { EnvironmentVariable = variable };
    }

    /// <summary>A secret whose value is the content of the server's file <paramref name="path"/> (absolute; a final line break is dropped).</summary>
    public static Secret FromFile(string name, string path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.Any(c => char.IsWhiteSpace(c) || c is '>' or ';' or '<'))
        {
            throw new ArgumentException($"'{path}' is not an absolute path without blanks, ';', '<' or '>', such as /etc/postfix-secrets/relay.", nameof(path));
        }

        return new Secret(name) { FilePath = path };
    }

    /// <inheritdoc/>
    public override string ToString() => Marker;

    private static bool IsName(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
