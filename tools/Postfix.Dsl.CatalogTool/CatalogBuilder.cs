using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl.CatalogTool;

/// <summary>Merges what Postfix says (postconf -d, postconf(5)) with what a person curated, into catalog rows.</summary>
internal static class CatalogBuilder
{
    /// <summary>Parameters whose built-in default is computed from the machine postconf runs on.</summary>
    private static readonly string[] MachineSpecific = ["mydomain", "myhostname", "mynetworks", "process_id"];

    /// <summary>What the catalog says for a machine-specific default, in postconf(5)'s words.</summary>
    private const string MachineDefault = "see \"postconf -d\" output";

    /// <summary>The daemons of master.cf; each is probed for the parameters Postfix derives from a service that runs it.</summary>
    private static readonly string[] Commands =
    [
        "anvil", "bounce", "cleanup", "discard", "error", "flush", "lmtp", "local", "pickup", "pipe", "postlogd", "postscreen",
        "proxymap", "qmgr", "scache", "showq", "smtp", "smtpd", "spawn", "tlsmgr", "tlsproxy", "trivial-rewrite", "verify", "virtual",
    ];

    public static IReadOnlyList<CatalogRow> Parameters(
        IReadOnlyDictionary<string, string> builtIn,
        IReadOnlyDictionary<string, ManualEntry> manual,
        IReadOnlyDictionary<string, CuratedEntry> curated)
    {
        var legacy = curated.Values.Where(c => c.Status == "legacy").Select(c => c.Name).ToList();
        var stray = curated.Keys.Where(n => !builtIn.ContainsKey(n) && !legacy.Contains(n) && !n.StartsWith("transport_", StringComparison.Ordinal)).ToList();
        if (stray.Count > 0)
        {
            throw new InvalidOperationException("curated.tsv names parameters Postfix does not have: " + string.Join(", ", stray));
        }

        var defaults = new SortedDictionary<string, string>(builtIn.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        foreach (var name in legacy)
        {
            defaults[name] = ManualDefault(Entry(manual, name));
        }

        var (raw, readOnly) = Postconf.ProbeExpansion(builtIn.Keys);
        var types = new Types(defaults, manual, curated, raw);
        var rows = defaults.Select(p =>
        {
            var name = p.Key;
            manual.TryGetValue(name, out var entry);
            curated.TryGetValue(name, out var decided);
            // Only a parameter can be the new name: "replaced by underscores" is not a rename.
            var renamedTo = entry?.RenamedTo is { } target && defaults.ContainsKey(target) ? target : null;
            var status = NonEmpty(decided?.Status) ?? (readOnly.Contains(name) ? "read-only" : renamedTo is null ? string.Empty : "renamed");
            var description = NonEmpty(decided?.Description);
            return new CatalogRow(
                name,
                types.Of(name),
                NonEmpty(decided?.Type) is null ? "derived" : "curated",
                MachineSpecific.Contains(name) ? MachineDefault : p.Value,
                entry?.Since ?? string.Empty,
                status,
                NonEmpty(decided?.Replacement) ?? (status.Length > 0 ? renamedTo ?? string.Empty : string.Empty),
                description ?? Entry(manual, name).FirstSentence,
                description is null ? "postconf.5" : "ours");
        }).ToList();
        return Counterparts(rows);
    }

    /// <summary>
    /// Parameters that only restate another one for a different program get that one's description,
    /// said of their program, and, unless curated, its type: postconf(5) describes most lmtp_*
    /// parameters only as "The LMTP-specific version of the smtp_x configuration parameter" (so their
    /// own text says nothing of lists or tables), and tlsproxy_* and postscreen_* parameters default
    /// to their smtpd_* or smtp_* counterpart (<c>$smtpd_tls_cert_file</c>). One setting, one type,
    /// whichever program reads it.
    /// </summary>
    private static IReadOnlyList<CatalogRow> Counterparts(IReadOnlyList<CatalogRow> rows)
    {
        var byName = rows.ToDictionary(r => r.Name, StringComparer.Ordinal);
        return rows.Select(row =>
        {
            if (Counterpart(row) is not var (name, program, from) || !byName.TryGetValue(name, out var other))
            {
                return row;
            }

            if (row.TypeSource == "derived" && other.Type != row.Type)
            {
                row = row with { Type = other.Type };
            }

            if (row.DescriptionSource != "postconf.5")
            {
                return row;
            }

            var description = other.DescriptionSource == "ours"
                ? other.Description.Replace(from, program).Replace("HELO or EHLO", program == "LMTP client" ? "LHLO" : "HELO or EHLO")
                : $"Like {other.Name}, for the {program}.";
            return row with { Description = description, DescriptionSource = "ours" };
        }).ToList();
    }

    private static (string Name, string Program, string From)? Counterpart(CatalogRow row)
    {
        var lmtp = System.Text.RegularExpressions.Regex.Match(row.Description, @"^The LMTP-specific version of the (smtp_[A-Za-z0-9_]+) configuration parameter\.$");
        if (lmtp.Success)
        {
            return (lmtp.Groups[1].Value, "LMTP client", "SMTP client");
        }

        var reference = row.Default.StartsWith('$') ? row.Default[1..] : string.Empty;
        return row.Name switch
        {
            // Every lmtp_x with an smtp_x is the same setting for the LMTP client (the SMTP client code serves both).
            _ when row.Name.StartsWith("lmtp_", StringComparison.Ordinal) => ("smtp_" + row.Name["lmtp_".Length..], "LMTP client", "SMTP client"),
            _ when row.Name.StartsWith("tlsproxy_tls_", StringComparison.Ordinal) && reference == "smtpd_" + row.Name["tlsproxy_".Length..] => (reference, "tlsproxy(8) server", "SMTP server"),
            _ when row.Name.StartsWith("tlsproxy_client_", StringComparison.Ordinal) && reference.StartsWith("smtp_", StringComparison.Ordinal) => (reference, "tlsproxy(8) client", "SMTP client"),
            _ when row.Name.StartsWith("postscreen_", StringComparison.Ordinal) && reference == "smtpd_" + row.Name["postscreen_".Length..] => (reference, "postscreen(8) server", "SMTP server"),
            _ => null,
        };
    }

    public static IReadOnlyList<TransportRow> TransportParameters(
        IReadOnlyDictionary<string, string> builtIn,
        IReadOnlyDictionary<string, ManualEntry> manual,
        IReadOnlyDictionary<string, CuratedEntry> curated,
        IReadOnlyList<CatalogRow> parameters)
    {
        var probe = string.Concat(Commands.Select((command, i) => $"p{i} unix - - n - - {command}\n"));
        var derived = Postconf.Defaults(probe).Where(p => !builtIn.ContainsKey(p.Key));
        var typeOf = parameters.ToDictionary(r => r.Name, r => r.Type, StringComparer.Ordinal);
        return derived
            .Select(p => (Command: Commands[int.Parse(p.Key[1..p.Key.IndexOf('_')])], Suffix: p.Key[(p.Key.IndexOf('_') + 1)..], Default: p.Value))
            .GroupBy(p => p.Suffix)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var defaultValue = g.Select(p => p.Default).Distinct().Single();
                var referenced = defaultValue.TrimStart('$');
                curated.TryGetValue("transport_" + g.Key, out var decided);
                var description = NonEmpty(decided?.Description);
                return new TransportRow(
                    g.Key,
                    NonEmpty(decided?.Type) ?? typeOf[referenced],
                    defaultValue,
                    string.Join(",", g.Select(p => p.Command).Order(StringComparer.Ordinal)),
                    description ?? Entry(manual, "transport_" + g.Key).FirstSentence,
                    description is null ? "postconf.5" : "ours");
            })
            .ToList();
    }

    private static ManualEntry Entry(IReadOnlyDictionary<string, ManualEntry> manual, string name) =>
        manual.TryGetValue(name, out var entry) ? entry : throw new InvalidOperationException($"postconf(5) has no entry for {name}");

    private static string ManualDefault(ManualEntry entry) => entry.Default == "empty" ? string.Empty : entry.Default;

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>Types resolved on demand, so that a "$other" default can take other's type.</summary>
    private sealed class Types(
        IReadOnlyDictionary<string, string> defaults,
        IReadOnlyDictionary<string, ManualEntry> manual,
        IReadOnlyDictionary<string, CuratedEntry> curated,
        IReadOnlySet<string> raw)
    {
        private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

        public string Of(string name)
        {
            if (_known.TryGetValue(name, out var known))
            {
                return known;
            }

            string type;
            if (curated.TryGetValue(name, out var decided) && decided.Type.Length > 0)
            {
                type = decided.Type;
            }
            else if (raw.Contains(name))
            {
                type = "raw";
            }
            else
            {
                _resolving.Add(name);
                manual.TryGetValue(name, out var entry);
                type = TypeInference.Derive(name, defaults[name], entry, other =>
                    defaults.ContainsKey(other) && !_resolving.Contains(other) ? Of(other) : null);
                _resolving.Remove(name);
            }

            _known[name] = type;
            return type;
        }
    }
}
