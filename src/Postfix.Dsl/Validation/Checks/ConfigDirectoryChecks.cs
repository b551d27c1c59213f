namespace Postfix.Dsl;

/// <summary>
/// <see cref="MailHost.ConfigDirectory"/> is written into every table reference and table header
/// (<c>hash:/etc/postfix/access</c>): whitespace or a comma there splits a restriction list, a newline
/// adds a line to a table, a '$' or brace is expanded or regrouped. Only a plain absolute path is written.
/// </summary>
internal static class ConfigDirectoryChecks
{
    public static void Check(ValidationContext context)
    {
        var directory = context.Host.ConfigDirectory;
        if (directory.Length > 1 && directory.Length <= 1024 && directory[0] == '/' && IsPlainPath(directory))
        {
            return;
        }

        context.Report(ValidationRules.Unwritable, "(host)", "ConfigDirectory", directory,
            "is not a plain absolute path",
            "an absolute path of letters, digits and '/', '.', '-', '_', '+', '@', at most 1024 characters, e.g. /etc/postfix");
    }

    private static bool IsPlainPath(string path)
    {
        foreach (var c in path)
        {
            var plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '/' or '.' or '-' or '_' or '+' or '@';
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }
}
