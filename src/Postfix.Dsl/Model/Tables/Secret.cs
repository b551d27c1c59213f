using System;

namespace Postfix.Dsl;

/// <summary>
/// A secret the model names but never holds, such as the password of a relay host's account. The
/// committed output carries only the marker <c>&lt;secret:name&gt;</c>, in a file written with mode
/// 0600; the value is supplied where the files are deployed, under <see cref="Name"/>.
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

    /// <summary>What the committed file holds in the value's place: <c>&lt;secret:name&gt;</c>.</summary>
    public string Marker => "<secret:" + Name + ">";

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
