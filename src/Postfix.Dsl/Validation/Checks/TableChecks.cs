using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Postfix.Dsl;

/// <summary>Checks the tables a host generates: file names, types, keys, patterns and actions.</summary>
internal static partial class TableChecks
{
    /// <summary>Files a table must not replace.</summary>
    private static readonly string[] ReservedFiles = ["main.cf", "master.cf", "syslog.conf"];

    public static void Check(ValidationContext context, IReadOnlyList<LookupTable> tables)
    {
        foreach (var group in tables.GroupBy(t => t.FileName))
        {
            if (group.Count() > 1 || ReservedFiles.Contains(group.Key))
            {
                context.Report(ValidationRules.TableFileConflict, group.Key, "file name", group.Key,
                    group.Count() > 1 ? $"is used by {group.Count()} different tables" : "is a file the host already writes",
                    "one file name per table: share one table object, or give each table its own FileName");
            }
        }

        // A table's own checks read the table, the config directory (restriction text) and which
        // unix services master.cf has (FILTER and transport names) only: one run per distinct combination.
        var scope = (context.Host.ConfigDirectory, UnixServices(context.Host.MasterCf));
        foreach (var table in tables)
        {
            if (table.FileName is null || !HostFolderName.IsValid(table.FileName))
            {
                context.Report(ValidationRules.InvalidFileName, table.FileName ?? "(null)", "file name", table.FileName ?? "(null)",
                    "is not a plain file name", $"letters, digits, '.', '-' and '_', at most {HostFolderName.MaxLength} characters, e.g. access or header_checks.pcre");
                continue;
            }

            context.Once(table, scope, own => CheckContent(own, table));
        }
    }

    /// <summary>The names of master.cf's unix services, as one comparable key (comparing whole services compares 831 parameters each).</summary>
    private static string UnixServices(MasterCf masterCf) =>
        string.Join(" ", masterCf.Services.Where(s => s.Type == ServiceType.Unix).Select(s => s.Name).Order(System.StringComparer.Ordinal));

    private static void CheckContent(ValidationContext context, LookupTable table)
    {
        // Only a definition table may say sqlite: any other table's file would be written as text and read as a definition.
        if (LookupTable.IsDatabase(table.Type) && table is not DatabaseTable)
        {
            context.Report(ValidationRules.InvalidTableType, table.FileName, "type", EnumText.Of(table.Type),
                "is the type of a database definition, not of a table of entries", "hash, lmdb, cdb or texthash; SqliteTable, LdapTable, PgsqlTable, MysqlTable or MemcacheTable for a database");
            return;
        }

        switch (table)
        {
            case AccessTable access:
                AccessTableChecks.Check(context, access);
                TableKeyChecks.ReportDuplicates(context, access.FileName, new ProjectedList<AccessEntry, string>(access.Entries, e => e.Key.Text));
                break;
            case RegexpTable regexp:
                RegexpTableChecks.Check(context, regexp);
                break;
            case TransportTable transport:
                TransportTableChecks.Check(context, transport);
                TableKeyChecks.ReportDuplicates(context, transport.FileName, new ProjectedList<TransportEntry, string>(transport.Entries, e => e.Key.Text));
                break;
            case CanonicalTable canonical:
                AddressTableChecks.Check(context, canonical, canonical.Entries.Select(e => (e.Key, (IReadOnlyList<string>)[e.Address], false)).ToList());
                TableKeyChecks.ReportDuplicates(context, canonical.FileName, new ProjectedList<AddressRewrite, string>(canonical.Entries, e => e.Key.Text));
                break;
            case RelocatedTable relocated:
                AddressTableChecks.Check(context, relocated, relocated.Entries.Select(e => (e.Key, (IReadOnlyList<string>)[e.NewContact], true)).ToList());
                TableKeyChecks.ReportDuplicates(context, relocated.FileName, new ProjectedList<Relocation, string>(relocated.Entries, e => e.Key.Text));
                break;
            case SenderLoginTable logins:
                AddressTableChecks.Check(context, logins, logins.Entries.Select(e => (e.Key, e.Logins, false)).ToList());
                TableKeyChecks.ReportDuplicates(context, logins.FileName, new ProjectedList<SenderLogins, string>(logins.Entries, e => e.Key.Text));
                break;
            case SenderRelayhostTable relayhosts:
                AddressTableChecks.Check(context, relayhosts, relayhosts.Entries.Select(e => (e.Key, (IReadOnlyList<string>)[TransportText.Nexthop(e.Relayhost)], false)).ToList());
                foreach (var entry in relayhosts.Entries.Where(e => e.Relayhost.Name is { } name && !HostNameSyntax.IsValid(name)))
                {
                    context.Report(ValidationRules.InvalidHostName, relayhosts.FileName, "key " + entry.Key.Text, entry.Relayhost.Name!, "is not a valid host name",
                        "DNS labels of letters, digits and inner hyphens separated by dots, e.g. smtp.partner.example");
                }

                TableKeyChecks.ReportDuplicates(context, relayhosts.FileName, new ProjectedList<SenderRelayhost, string>(relayhosts.Entries, e => e.Key.Text));
                break;
            case BccTable bcc:
                AddressTableChecks.Check(context, bcc, bcc.Entries.Select(e => (e.Key, (IReadOnlyList<string>)[e.Address], false)).ToList());
                TableKeyChecks.ReportDuplicates(context, bcc.FileName, new ProjectedList<AddressRewrite, string>(bcc.Entries, e => e.Key.Text));
                break;
            case DatabaseTable database:
                DatabaseTableChecks.Check(context, database);
                break;
            case VirtualAliasTable virtualAliases:
                VirtualAliasTableChecks.Check(context, virtualAliases);
                TableKeyChecks.ReportDuplicates(context, virtualAliases.FileName, new ProjectedList<VirtualAliasEntry, string>(virtualAliases.Entries, e => e.Key.Text));
                break;
            case NetworkTable networks:
                foreach (var network in networks.Networks)
                {
                    if (ParameterChecks.ReportControlCharacters(context, networks.FileName, "network", network))
                    {
                        continue;
                    }

                    if (NetworkSyntax.Parse(network, bracketedIpv6: false, out var problem) is null)
                    {
                        context.Report(ValidationRules.InvalidNetwork, networks.FileName, "network", network, RuleTexts.InvalidNetwork(problem));
                    }
                }

                TableKeyChecks.ReportDuplicates(context, networks.FileName, networks.Networks);
                break;
            case VirtualMailboxTable mailboxes:
                VirtualMailboxTableChecks.Check(context, mailboxes);
                TableKeyChecks.ReportDuplicates(context, mailboxes.FileName, new ProjectedList<VirtualMailbox, string>(mailboxes.Entries, e => e.Key.Text));
                break;
            case AliasTable aliases:
                AliasTableChecks.Check(context, aliases);
                TableKeyChecks.ReportDuplicates(context, aliases.FileName, new ProjectedList<AliasEntry, string>(aliases.Entries, e => e.Name.ToLowerInvariant()));
                break;
            case TlsPolicyTable policy:
                TlsPolicyTableChecks.Check(context, policy);
                TableKeyChecks.ReportDuplicates(context, policy.FileName, new ProjectedList<TlsPolicyEntry, string>(policy.Entries, e => e.Destination.Text));
                break;
            case SaslPasswordTable sasl:
                SaslPasswordTableChecks.Check(context, sasl);
                TableKeyChecks.ReportDuplicates(context, sasl.FileName, new ProjectedList<SaslPasswordEntry, string>(sasl.Entries, e => e.Key));
                break;
        }

        var secrets = table switch
        {
            SaslPasswordTable sasl => sasl.Entries.Select(e => ("key " + e.Key, (Secret?)e.Password)),
            LdapTable ldap => [("bind_pw", ldap.BindPassword)],
            SqlServerTable sql => [("password", sql.Password)],
            _ => [],
        };
        foreach (var (location, secret) in secrets)
        {
            if (secret is not null && SecretNames.PasswordProblem(secret.Name) is { } problem)
            {
                // The value is not repeated: it may be the password itself.
                context.Report(ValidationRules.SecretNameLooksLikePassword, table.FileName, location, "(not shown)", RuleTexts.SecretNameLooksLikePassword(problem));
            }
        }
    }
}
