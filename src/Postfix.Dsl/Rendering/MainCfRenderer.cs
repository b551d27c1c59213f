using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Builds main.cf: parameters in name order (as <c>postconf -n</c> prints them). A list stays on one
/// line while the line fits in <see cref="MaxLineLength"/> columns; otherwise every item gets its own
/// continuation line, without commas, so adding or removing an item is a one-line diff.
/// </summary>
internal static class MainCfRenderer
{
    public const int MaxLineLength = 80;

    public static void Render(MailHost host, TemplateSet templates, System.IO.TextWriter writer)
    {
        var entries = HostParameters.MainCf(host)
            .Select(setting => Entry(setting.Name, ParameterText.Of(setting, host.ConfigDirectory)))
            .ToList();
        var rows = new Rows<MainCfEntryView>(entries.Count, i => entries[i], (i, w) => entries[i].WriteTo(w));
        TemplateRunner.Run(templates.Get("main.cf.scriban"), new MainCfView(Header.For(host, "main.cf"), rows), writer);
    }

    private static MainCfEntryView Entry(string name, ParameterText text)
    {
        var single = text.SingleLine.Length == 0 ? name + " =" : name + " = " + text.SingleLine;
        if (!text.IsList || text.Items.Count < 2 || single.Length <= MaxLineLength)
        {
            return new MainCfEntryView(name, single, []);
        }

        return new MainCfEntryView(name, name + " =", text.Items);
    }
}
