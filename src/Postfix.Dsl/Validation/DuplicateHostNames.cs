using System;
using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>Rule PFX0102 for hosts written together: the one place that decides which hosts collide.</summary>
internal static class DuplicateHostNames
{
    /// <summary>The positions of hosts whose name an earlier host already has (the first keeps it).</summary>
    public static IEnumerable<int> Find(IReadOnlyList<MailHost> hosts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < hosts.Count; i++)
        {
            if (!seen.Add(hosts[i].Name))
            {
                yield return i;
            }
        }
    }

    /// <summary>The error for the host at <paramref name="host"/>, in the usual shape.</summary>
    public static Finding Error(MailHost host) =>
        new(ValidationRules.DuplicateHostName, host.Name, "(host)", "name", host.Name,
            HostFolderName.DuplicateProblem, HostFolderName.DuplicateExpected);
}
