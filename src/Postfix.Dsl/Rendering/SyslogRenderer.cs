using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>Builds syslog.conf: <c>selector;selector  [-]/path</c> lines in model order.</summary>
internal static class SyslogRenderer
{
    public static void Render(MailHost host, SyslogConf syslog, TemplateSet templates, System.IO.TextWriter writer)
    {
        var rules = syslog.Rules
            .Select(r => new SyslogLineView(string.Join(";", r.Selectors.Select(Selector)), (r.Sync ? string.Empty : "-") + r.File))
            .ToList();
        var rows = new Rows<SyslogLineView>(rules.Count, i => rules[i], (i, w) => RowText.TwoColumns(w, rules[i].Selector, Alignment.SyslogSelectorWidth, rules[i].Destination));
        TemplateRunner.Run(templates.Get("syslog.conf.scriban"), new SyslogView(Header.For(host, "syslog.conf"), rows), writer);
    }

    internal static string Selector(SyslogSelector selector)
    {
        var facilities = selector.Facilities.Count == 0 ? "*" : FacilityList(selector.Facilities);
        var comparison = selector.Priority is SyslogPriority.All or SyslogPriority.None
            ? string.Empty
            : selector.Match switch
            {
                PriorityMatch.Exactly => "=",
                PriorityMatch.Below => "!",
                PriorityMatch.AllBut => "!=",
                _ => string.Empty,
            };
        return facilities + "." + comparison + EnumText.Of(selector.Priority);
    }

    // A loop, not Select over the enum values: LINQ over an enum has no precompiled form, and a build's
    // short emitter compiled it at run time for this one list.
    private static string FacilityList(IReadOnlyList<SyslogFacility> facilities)
    {
        var names = new string[facilities.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = EnumText.Of(facilities[i]);
        }

        return string.Join(",", names);
    }
}
