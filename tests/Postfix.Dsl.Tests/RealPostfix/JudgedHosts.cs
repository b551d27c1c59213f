using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>Every host the real Postfix judges: each sample, and every snapshot case.</summary>
internal static class JudgedHosts
{
    public static IReadOnlyDictionary<string, MailHost> All { get; } =
        new Dictionary<string, MailHost>
            {
                ["neptune"] = Neptune.NeptuneHost.Definition,
                ["fleet-mx1"] = Fleet.Hosts.Mx1,
                ["fleet-mx2"] = Fleet.Hosts.Mx2,
                ["fleet-relay"] = Fleet.Hosts.Relay,
                ["modern"] = Modern.ModernHost.Definition,
            }
            .Concat(SnapshotCases.All.Select(c => KeyValuePair.Create(c.Key, c.Value.Host)))
            .ToDictionary();

    public static IEnumerable<object[]> Names() => All.Keys.Order().Select(name => new object[] { name });

    /// <summary>The hosts that write a syslog.conf (only those that set one).</summary>
    public static IEnumerable<object[]> NamesWithSyslog() => All.Where(h => h.Value.SyslogConf is not null).Select(h => h.Key).Order().Select(name => new object[] { name });
}
