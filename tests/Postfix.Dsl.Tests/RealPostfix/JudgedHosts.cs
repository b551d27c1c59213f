using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>Every host the real Postfix judges: each sample, and every snapshot case.</summary>
internal static class JudgedHosts
{
    public static IReadOnlyDictionary<string, MailHost> All { get; } =
        new Dictionary<string, MailHost> { ["neptune"] = Neptune.NeptuneHost.Definition }
            .Concat(SnapshotCases.All.Select(c => KeyValuePair.Create(c.Key, c.Value.Host)))
            .ToDictionary();

    public static IEnumerable<object[]> Names() => All.Keys.Order().Select(name => new object[] { name });
}
