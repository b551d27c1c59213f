using System.IO;
using System.Linq;
using Postfix.Dsl.CatalogTool;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>The committed catalogs are what the tool builds from the installed Postfix and curated.tsv: nobody edited them by hand.</summary>
public class CatalogToolTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "Postfix.Dsl", "Catalog");

    [PostfixFact]
    public void The_committed_catalogs_are_exactly_what_the_tool_builds()
    {
        var built = CatalogFiles.Build(Folder);

        AssertSame(CatalogFiles.ParametersFile, built.ParametersText);
        AssertSame(CatalogFiles.TransportFile, built.TransportText);
    }

    private static void AssertSame(string file, string built)
    {
        var committed = File.ReadAllText(Path.Combine(Folder, file));
        var differing = committed.Split('\n').Except(built.Split('\n')).Concat(built.Split('\n').Except(committed.Split('\n'))).Take(10).ToList();
        Assert.True(committed == built,
            $"{file} differs from what tools/Postfix.Dsl.CatalogTool builds; edit curated.tsv and run `dotnet run --project tools/Postfix.Dsl.CatalogTool`. Lines:\n" +
            string.Join("\n", differing));
    }
}
