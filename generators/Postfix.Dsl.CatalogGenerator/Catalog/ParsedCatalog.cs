using Postfix.Dsl.Generators.Common;

namespace Postfix.Dsl.Generators.Catalog;

/// <summary>The catalog file after parsing: its rows, and the lines that could not be read.</summary>
internal sealed record ParsedCatalog(
    string Path,
    EquatableArray<CatalogParameter> Parameters,
    EquatableArray<string> Errors);
