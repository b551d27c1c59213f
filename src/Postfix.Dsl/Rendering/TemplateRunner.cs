using Scriban;
using Scriban.Runtime;

namespace Postfix.Dsl;

/// <summary>Renders one template with a fresh, strict context: an undefined variable is an error, lines end with LF.</summary>
internal static class TemplateRunner
{
    public static string Run(Template template, object model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        var context = new TemplateContext
        {
            StrictVariables = true,
            NewLine = "\n",
            LoopLimit = 0,

            // Scriban cuts any string over 1 MiB to "..." by default: a 100,000-entry table would be
            // written truncated. No limit: a file renders whole (and the read-back check proves it).
            LimitToString = 0,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushGlobal(globals);
        var text = template.Render(context);
        return text.EndsWith('\n') ? text : text + "\n";
    }
}
