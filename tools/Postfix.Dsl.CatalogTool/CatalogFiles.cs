using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl.CatalogTool;

/// <summary>The two catalog files, as the tool builds them from the installed Postfix and curated.tsv.</summary>
internal sealed record CatalogFiles(IReadOnlyList<CatalogRow> Parameters, IReadOnlyList<TransportRow> Transport)
{
    public const string ParametersFile = "parameters.tsv";

    public const string TransportFile = "transport-parameters.tsv";

    public static CatalogFiles Build(string folder)
    {
        var curated = CuratedEntry.Read(Path.Combine(folder, CuratedEntry.FileName));
        var manual = ManualPage.Read(ManualPage.DefaultPath);
        var builtIn = Postconf.Defaults(masterCf: string.Empty);
        var parameters = CatalogBuilder.Parameters(builtIn, manual, curated);
        return new CatalogFiles(parameters, CatalogBuilder.TransportParameters(builtIn, manual, curated, parameters));
    }

    /// <summary>parameters.tsv: header, then one line per parameter, LF-terminated.</summary>
    public string ParametersText => Lines(CatalogRow.Header, Parameters.Select(r => r.Line));

    /// <summary>transport-parameters.tsv: header, then one line per suffix, LF-terminated.</summary>
    public string TransportText => Lines(TransportRow.Header, Transport.Select(r => r.Line));

    private static string Lines(string header, IEnumerable<string> lines) =>
        string.Concat(new[] { header }.Concat(lines).Select(l => l + "\n"));
}
