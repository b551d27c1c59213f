using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Checks a virtual mailbox table: its type, each key's form, and each mailbox, which virtual(8)
/// appends to <c>virtual_mailbox_base</c>, so it must be a relative path that stays below it.
/// </summary>
internal static class VirtualMailboxTableChecks
{
    public static void Check(ValidationContext context, VirtualMailboxTable table)
    {
        var artifact = table.FileName;
        if (table.Type is TableType.Regexp or TableType.Pcre or TableType.Cidr)
        {
            context.Report(ValidationRules.InvalidTableType, artifact, "type", EnumText.Of(table.Type),
                "cannot hold literal virtual mailbox keys", "hash, lmdb, cdb or texthash");
            return;
        }

        foreach (var entry in table.Entries)
        {
            var key = entry.Key.Text;
            var location = "key " + key;
            if (ParameterChecks.ReportControlCharacters(context, artifact, location, [key, entry.Value]))
            {
                continue;
            }

            var problem = entry.Key.Kind switch
            {
                MailboxKeyKind.Address => AccessTableChecks.AddressProblem(key),
                MailboxKeyKind.CatchAll => HostNameSyntax.IsValid(key, 1) ? null : "is not @ followed by a valid domain name",
                _ => HostNameSyntax.IsValid(key) ? null : "is not a valid domain name",
            };
            if (problem is not null)
            {
                context.Report(ValidationRules.InvalidAccessKey, artifact, "key", key, problem,
                    "MailboxKey.Address(\"alice@example.org\"), .CatchAll(\"example.org\") or .Domain(\"example.org\")");
                continue;
            }

            if (entry.Key.Kind == MailboxKeyKind.Domain)
            {
                if (entry.Mailbox is not null)
                {
                    context.Report(ValidationRules.Unwritable, artifact, location, entry.Mailbox.Path,
                        "gives a mailbox to a domain declaration, which virtual(8) never delivers to", "null for a domain declaration, or MailboxKey.CatchAll(domain) for a catch-all mailbox");
                }

                continue;
            }

            if (entry.Mailbox is not { } mailbox)
            {
                context.Report(ValidationRules.Unwritable, artifact, location, "(null)", "has no mailbox", "Mailbox.Maildir(\"example.org/alice/\") or Mailbox.Mbox(\"example.org/alice\")");
            }
            else if (MailboxProblem(mailbox.Path) is { } pathProblem)
            {
                context.Report(ValidationRules.Unwritable, artifact, location, mailbox.Path, pathProblem,
                    "a path relative to virtual_mailbox_base, e.g. example.org/alice/ (Maildir) or example.org/alice (mbox)");
            }
        }
    }

    private static string? MailboxProblem(string path) =>
        path.Length == 0 || path == "/" ? "is empty"
        : path[0] == '/' ? "is absolute, but virtual(8) appends it to virtual_mailbox_base"
        : path.Any(char.IsWhiteSpace) ? "holds a blank, which would end the value"
        : path.Split('/').Contains("..") ? "climbs out of virtual_mailbox_base with '..'"
        : null;
}
