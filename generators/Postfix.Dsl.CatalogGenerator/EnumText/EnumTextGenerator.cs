using Microsoft.CodeAnalysis;
using Postfix.Dsl.Generators.Symbols;

namespace Postfix.Dsl.Generators.EnumText;

/// <summary>
/// Writes <c>Postfix.Dsl.EnumTexts</c>: the Postfix text of every member of the library's public
/// enums (<c>CompatibilityLevel.Level3_6</c> is <c>3.6</c>). <c>EnumText</c> read it by reflection,
/// and a short emitter process paid for reflection's start (the enum's names, its fields, the
/// attribute's constructor invoked through a stub compiled at run time) at its first parameter.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class EnumTextGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        LibrarySourceOutput.Register(context, "EnumTexts.g.cs", static (compilation, token) => EnumTextEmitter.Emit(EnumTextReader.Read(compilation, token)));
}
