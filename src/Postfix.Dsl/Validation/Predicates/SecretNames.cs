namespace Postfix.Dsl;

/// <summary>
/// A <c>Secret</c> takes the secret's <em>name</em>; its value is supplied where the files are deployed.
/// A name that looks like a password is most likely the password itself, typed where its name goes,
/// and would reach the repository and every generated file (PFX0329). Shared with the analyzer.
/// </summary>
internal static class SecretNames
{
    /// <summary>Why <paramref name="name"/> looks like a password rather than a name; null when it reads as a name.</summary>
    public static string? PasswordProblem(string name)
    {
        var lower = false;
        var upper = false;
        var digit = false;
        var separator = false;
        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z')
            {
                lower = true;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                upper = true;
            }
            else if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else if (c is '-' or '_' or '.')
            {
                separator = true;
            }
            else
            {
                return $"holds '{c}', which no secret name has and passwords do";
            }
        }

        var classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0);
        return name.Length >= 8 && !separator && classes == 3
            ? "mixes lower case, upper case and digits without a word separator, as a password does"
            : null;
    }
}
