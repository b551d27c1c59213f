using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>syslog.conf read back: exactly the model's rules, selectors and destination, in order.</summary>
internal static class SyslogReadBack
{
    public static void Check(MailHost host, string content, ReadBackReport report)
    {
        var problems = new List<ReadProblem>();
        var lines = SyslogReader.Read(content, problems);
        report.Problems("syslog.conf", problems);
        var expected = (host.SyslogConf?.Rules ?? [])
            .Select(r => string.Join(";", r.Selectors.Select(SyslogRenderer.Selector)) + " => " + (r.Sync ? string.Empty : "-") + r.File)
            .ToList();
        report.Compare("syslog.conf", "rules", expected, lines.Select(l => l.Selector + " => " + l.Action).ToList());
    }
}
