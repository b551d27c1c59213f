using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Postfix.Dsl.Generators.Symbols;

/// <summary>A build-only generator's one output: a file written from the library's own compilation, and nothing for any other.</summary>
internal static class LibrarySourceOutput
{
    private const string LibraryAssembly = "Postfix.Dsl";

    /// <summary>Adds <paramref name="hintName"/> with the text <paramref name="emit"/> writes from the library's compilation.</summary>
    public static void Register(IncrementalGeneratorInitializationContext context, string hintName, Func<Compilation, CancellationToken, string> emit)
    {
        var source = context.CompilationProvider.Select((compilation, token) =>
            compilation.Assembly.Name == LibraryAssembly ? emit(compilation, token) : null);

        context.RegisterSourceOutput(source, (output, text) =>
        {
            if (text is not null)
            {
                output.AddSource(hintName, SourceText.From(text, Encoding.UTF8));
            }
        });
    }
}
