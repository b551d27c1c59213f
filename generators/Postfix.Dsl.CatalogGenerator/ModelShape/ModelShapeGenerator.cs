using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Postfix.Dsl.Generators.ModelShape;

/// <summary>
/// Writes <c>Postfix.Dsl.ModelShapes</c>: for every model class (a public, concrete, non-generic class
/// declared under the library's <c>Model/</c> folder), the properties the required-value walk
/// (PFX0026) reads, each with a typed getter, whether it needs a value and whether it is a leaf.
/// The walk found them by reflection, and a short emitter process paid about 17 ms for it at its
/// first host (the reflection machinery's own start, nullable attributes, getter delegates).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelShapeGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var source = context.CompilationProvider.Select(static (compilation, token) =>
            compilation.Assembly.Name == "Postfix.Dsl" ? ModelShapeEmitter.Emit(ModelShapeReader.Read(compilation, token)) : null);

        context.RegisterSourceOutput(source, static (output, text) =>
        {
            if (text is not null)
            {
                output.AddSource("ModelShapes.g.cs", SourceText.From(text, Encoding.UTF8));
            }
        });
    }
}
