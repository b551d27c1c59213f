using Microsoft.CodeAnalysis;
using Postfix.Dsl.Generators.Symbols;

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
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        LibrarySourceOutput.Register(context, "ModelShapes.g.cs", static (compilation, token) => ModelShapeEmitter.Emit(ModelShapeReader.Read(compilation, token)));
}
