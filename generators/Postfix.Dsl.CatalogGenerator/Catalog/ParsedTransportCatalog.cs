using Postfix.Dsl.Generators.Common;

namespace Postfix.Dsl.Generators.Catalog;

/// <summary>The per-service catalog file after parsing: its rows, and the lines that could not be read.</summary>
internal sealed record ParsedTransportCatalog(
    string Path,
    EquatableArray<TransportParameter> Parameters,
    EquatableArray<string> Errors);
