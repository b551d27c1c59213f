using System;
using System.Collections;
using System.IO;
using Scriban;
using Scriban.Runtime;

namespace Postfix.Dsl;

/// <summary>
/// Renders one template straight into a writer: lines end with LF, and the file ends with a newline.
/// A plain built-in template (<see cref="PlainTemplate"/>) is written without Scriban; any other
/// is rendered by Scriban with a fresh, strict context, where an undefined variable is an error.
/// Templates get one function of ours, <c>write_rows</c>, which writes repeated rows
/// (<see cref="Rows{T}"/>) without evaluating the template once per row.
/// </summary>
internal static class TemplateRunner
{
    public static void Run(LoadedTemplate template, object model, TextWriter writer)
    {
        var output = new EndTrackingWriter(writer);
        if (template.Plain is not { } plain || !plain.TryRender(model, output))
        {
            ScribanRendering.Render(template, model, output);
        }

        EndWithNewline(output);
    }

    /// <summary>Scriban's path, apart so that a process that renders only plain templates never prepares it.</summary>
    private static class ScribanRendering
    {
        // Scriban builds its built-in functions (string.*, array.*, date.*, ...) for every context unless
        // given them: one set, made on first use and shared read-only by every render and thread. Our own
        // templates call none of them (every decision is in C#), so they get an empty set and a process
        // that renders only with them never builds Scriban's (a large part of a short emitter's start).
        private static readonly Lazy<ScriptObject> Builtins = new(() => new Scriban.Functions.BuiltinFunctions());
        private static readonly ScriptObject NoBuiltins = new();

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode",
            Justification = "The models are the library's view models and write_rows is the library's: ILLink.Descriptors.xml keeps the library and Scriban whole.")]
        public static void Render(LoadedTemplate template, object model, TextWriter output)
        {
            var globals = new ScriptObject();
            globals.Import(model, renamer: StandardMemberRenamer.Default);
            globals.Import("write_rows", new Action<TemplateContext, object>(WriteRows));
            var context = new TemplateContext(template.BuiltIn ? NoBuiltins : Builtins.Value)
            {
                StrictVariables = true,
                NewLine = "\n",
                LoopLimit = 0,

                // Scriban cuts any string over 1 MiB to "..." by default: a 100,000-entry table would be
                // written truncated. No limit: a file renders whole (and the read-back check proves it).
                LimitToString = 0,
                MemberRenamer = StandardMemberRenamer.Default,
            };
            context.PushOutput(new TextWriterOutput(output));
            context.PushGlobal(globals);
            template.Template.Render(context);
        }
    }

    private static void EndWithNewline(EndTrackingWriter output)
    {
        if (output.Last != '\n')
        {
            output.Write('\n');
        }

        output.Flush();
    }

    /// <summary><c>{{ write_rows rows }}</c>: every row and a newline after each; the fast path for our own rows, the row's <c>line</c> otherwise.</summary>
    private static void WriteRows(TemplateContext context, object rows)
    {
        if (rows is IRows own && context.Output is TextWriterOutput { Writer: var writer })
        {
            own.WriteTo(writer);
            return;
        }

        foreach (var row in rows as IEnumerable ?? Array.Empty<object>())
        {
            context.Write(row is IRowView view ? view.Line : context.ObjectToString(row));
            context.Write("\n");
        }
    }

    /// <summary>Passes text through and remembers its last character, so the final newline is added only when missing.</summary>
    private sealed class EndTrackingWriter(TextWriter inner) : TextWriter
    {
        public char Last { get; private set; }

        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            inner.Write(value);
            Last = value;
        }

        public override void Write(char[] buffer, int index, int count)
        {
            if (count > 0)
            {
                inner.Write(buffer, index, count);
                Last = buffer[index + count - 1];
            }
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            if (buffer.Length > 0)
            {
                inner.Write(buffer);
                Last = buffer[^1];
            }
        }

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                inner.Write(value);
                Last = value[^1];
            }
        }

        public override void Flush() => inner.Flush();
    }
}
