namespace Postfix.Dsl;

/// <summary>
/// The one definition of a host name usable as its output folder (rule PFX0010). This file is also
/// compiled into the analyzer (netstandard2.0), so the build-time check and the IDE squiggle never
/// disagree; it therefore uses no regex source generator and no newer API.
/// </summary>
internal static class HostFolderName
{
    /// <summary>
    /// The longest name: Linux file systems allow 255 bytes, and the emit's temporary file adds a
    /// dot and a 33-character random suffix to the name.
    /// </summary>
    public const int MaxLength = 200;

    /// <summary>PFX0010's problem for a host name, in the editor and at emit time alike.</summary>
    public const string HostProblem = "cannot be used as the host's output folder name";

    /// <summary>PFX0010's expected form for a host name.</summary>
    public static string HostExpected => "letters, digits, '.', '-' and '_', starting with a letter, digit or '_', at most " + MaxLength + " characters, e.g. neptune";

    /// <summary>PFX0102's problem: a name two hosts share.</summary>
    public const string DuplicateProblem = "is the name of more than one host, so they would write the same folder";

    /// <summary>PFX0102's expected form.</summary>
    public const string DuplicateExpected = "a unique name per host";

    /// <summary>Letters, digits, '.', '-' and '_', starting with a letter, digit or '_' (so never "." or ".."), at most <see cref="MaxLength"/> characters.</summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || name.Length > MaxLength || !(IsAsciiLetterOrDigit(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsAsciiLetterOrDigit(c) && c != '.' && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetterOrDigit(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
