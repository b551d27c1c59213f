using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl.Tests.Corpus;

/// <summary>The corpus: every case, by folder.</summary>
internal static class CorpusCases
{
    public static IReadOnlyList<CorpusCase> All { get; } =
    [
        DebianInternetSite.Case,
        DebianSatellite.Case,
        DockerMailserver.Case,
        Mailcow.Case,
        IRedMail.Case,
        Modoboa.Case,
    ];

    public static CorpusCase Get(string folder) => All.Single(c => c.Folder == folder);

    public static string OriginalFolder(CorpusCase corpus) =>
        Path.Combine(RepositoryPaths.Root, "tests", "Postfix.Dsl.Tests", "Corpus", corpus.Folder, "original");
}
