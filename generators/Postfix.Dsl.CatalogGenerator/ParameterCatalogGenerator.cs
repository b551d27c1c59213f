using System.Text;
using Microsoft.CodeAnalysis;
using Postfix.Dsl.Rules;
using Microsoft.CodeAnalysis.Text;
using Postfix.Dsl.Generators.Catalog;

namespace Postfix.Dsl.Generators;

/// <summary>
/// Turns the parameter catalogs (AdditionalFiles items named <c>parameters.tsv</c> and
/// <c>transport-parameters.tsv</c>) into the typed properties of <c>Postfix.Dsl.Parameters</c> and
/// <c>Postfix.Dsl.TransportParameters</c>, the way Roslyn generates its syntax API from Syntax.xml.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ParameterCatalogGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the parse step of parameters.tsv (used by the caching tests).</summary>
    public const string ParseStep = "ParseParameterCatalog";

    /// <summary>Tracking name of the parse step of transport-parameters.tsv.</summary>
    public const string ParseTransportStep = "ParseTransportParameterCatalog";

    private static readonly DiagnosticDescriptor MalformedCatalog = RuleDescriptor.Of(RuleCatalog.CatalogUnreadable);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var catalogs = context.AdditionalTextsProvider
            .Where(static file => IsNamed(file.Path, "parameters.tsv"))
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

        var transportCatalogs = context.AdditionalTextsProvider
            .Where(static file => IsNamed(file.Path, "transport-parameters.tsv"))
            .Select(static (file, token) => CatalogParser.ParseTransport(file.Path, file.GetText(token)?.ToString() ?? string.Empty))
            .WithTrackingName(ParseTransportStep);

        context.RegisterSourceOutput(transportCatalogs, static (output, catalog) =>
        {
            foreach (var error in catalog.Errors)
            {
                output.ReportDiagnostic(Diagnostic.Create(MalformedCatalog, Location.None, catalog.Path, error));
            }

            if (catalog.Errors.Count == 0)
            {
                output.AddSource("TransportParameters.g.cs", SourceText.From(TransportEmitter.Emit(catalog), Encoding.UTF8));
            }
        });
    }

    /// <summary>True when the file name (not a longer name ending the same way) is <paramref name="name"/>.</summary>
    private static bool IsNamed(string path, string name) =>
        System.IO.Path.GetFileName(path).Equals(name, System.StringComparison.OrdinalIgnoreCase);
}
