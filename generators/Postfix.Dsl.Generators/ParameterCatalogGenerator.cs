using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Postfix.Dsl.Generators.Catalog;

namespace Postfix.Dsl.Generators;

/// <summary>
/// Turns the parameter catalog (an AdditionalFiles item named <c>parameters.tsv</c>) into the typed
/// properties of <c>Postfix.Dsl.Parameters</c>, the way Roslyn generates its syntax API from Syntax.xml.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ParameterCatalogGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the parse step (used by the caching tests).</summary>
    public const string ParseStep = "ParseParameterCatalog";

    private static readonly DiagnosticDescriptor MalformedCatalog = new(
        id: "PFXCAT01",
        title: "Malformed parameter catalog",
        messageFormat: "{0}: {1}",
        category: "Postfix.Dsl.Catalog",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var catalogs = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith("parameters.tsv", System.StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => CatalogParser.Parse(file.Path, file.GetText(token)?.ToString() ?? string.Empty))
            .WithTrackingName(ParseStep);

        context.RegisterSourceOutput(catalogs, static (output, catalog) =>
        {
            foreach (var error in catalog.Errors)
            {
                output.ReportDiagnostic(Diagnostic.Create(MalformedCatalog, Location.None, catalog.Path, error));
            }

            if (catalog.Errors.Count == 0)
            {
                output.AddSource("Parameters.g.cs", SourceText.From(ParameterEmitter.Emit(catalog), Encoding.UTF8));
            }
        });
    }
}
