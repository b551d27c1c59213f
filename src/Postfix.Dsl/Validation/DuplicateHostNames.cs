using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>Rule PFX0102 for hosts written together: the one place that decides which hosts collide.</summary>
internal static class DuplicateHostNames
{
    /// <summary>The positions of hosts whose name an earlier host already has (the first keeps it).</summary>
    public static IEnumerable<int> Find(IReadOnlyList<MailHost> hosts) => Find(hosts.Select(h => h.Name).ToList());

    /// <summary>The positions of names an earlier name already is (the first keeps it).</summary>
    public static IEnumerable<int> Find(IReadOnlyList<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (!seen.Add(names[i]))
            {
                yield return i;
            }
        }
    }

    /// <summary>The error for the host at <paramref name="host"/>, in the usual shape.</summary>
    public static Finding Error(MailHost host) => Error(host.Name);

    /// <summary>The error for a second host named <paramref name="name"/>.</summary>
    public static Finding Error(string name) =>
        new(ValidationRules.DuplicateHostName, name, "(host)", "name", name,
            HostFolderName.DuplicateProblem, HostFolderName.DuplicateExpected);
}
