using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Checks a transport(5) table: its type, the form of every key, and every route — the next hop's
/// host name, the error/retry text, and that the transport is a service of the host's master.cf (PFX0023).
/// </summary>
internal static class TransportTableChecks
{
    public static void Check(ValidationContext context, TransportTable table)
    {
        var artifact = table.FileName;
        if (table.Type is TableType.Regexp or TableType.Pcre or TableType.Cidr)
        {
            context.Report(ValidationRules.InvalidTableType, artifact, "type", EnumText.Of(table.Type),
                "cannot hold literal transport keys", "hash, lmdb, cdb or texthash");
            return;
        }

        foreach (var entry in table.Entries)
        {
            var location = $"key {entry.Key.Text}";
            var route = entry.Route;
            if (ParameterChecks.ReportControlCharacters(context, artifact, "key", [entry.Key.Text])
                || ParameterChecks.ReportControlCharacters(context, artifact, location, [route.Transport, route.Nexthop?.Name ?? string.Empty, route.Text ?? string.Empty]))
            {
                continue;
            }

            CheckKey(context, artifact, entry.Key);
            CheckRoute(context, artifact, location, route);
        }
    }

    private static void CheckKey(ValidationContext context, string artifact, TransportKey key)
    {
        var text = key.Text;
        if (TableKeyChecks.ReportKeyPostmapWouldSplit(context, artifact, text, "route"))
        {
            return;
        }

        var problem = key.Kind switch
        {
            TransportKeyKind.Address => AccessTableChecks.AddressProblem(text),
            TransportKeyKind.Domain => HostNameSyntax.IsValid(text) ? null : "is not a valid domain name",
            TransportKeyKind.Subdomains => HostNameSyntax.IsValid(text[1..]) ? null : "is not a dot followed by a valid domain name",
            _ => null,
        };
        if (problem is not null)
        {
            context.Report(ValidationRules.InvalidAccessKey, artifact, "key", text, problem,
                key.Kind switch
                {
                    TransportKeyKind.Address => "user@domain, e.g. postmaster@example.org (transport(5) has no user@ key)",
                    TransportKeyKind.Domain => "a domain such as example.org (TransportKey.Subdomains for .example.org)",
                    _ => "a domain such as example.org, given without the dot: TransportKey.Subdomains(\"example.org\")",
                });
        }
    }

    private static void CheckRoute(ValidationContext context, string artifact, string location, TransportRoute route)
    {
        if (route.Nexthop?.Name is { } name && !HostNameSyntax.IsValid(name))
        {
            context.Report(ValidationRules.InvalidHostName, artifact, location, name,
                HostNameSyntax.HasExpansion(name)
                    ? "is not a valid host name; a transport table's result is not $-expanded"
                    : "is not a valid host name",
                "DNS labels of letters, digits and inner hyphens separated by dots, e.g. mailstore.example.org");
        }

        if (route.Text is { } text && (text.Length == 0 || text.Trim() != text))
        {
            context.Report(ValidationRules.SurroundingWhitespace, artifact, location, text,
                text.Length == 0 ? "is empty, so the recipient domain would become the reason" : "starts or ends with whitespace, which Postfix strips",
                "a reason without leading or trailing whitespace, optionally starting with a detail code, e.g. 5.1.1 Mailbox does not exist");
        }

        if (route.Transport.Length > 0)
        {
            DeliveryTransportChecks.ReportIfNoService(context, artifact, location, route.Transport, route.Transport,
                "the name of a unix service in master.cf (smtp, relay, lmtp, local, error, retry, or one added with MasterCf.Add), or TransportRoute.To for the default transport");
        }
    }
}
