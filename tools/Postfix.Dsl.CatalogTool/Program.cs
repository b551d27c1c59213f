using System;
using System.IO;
using System.Linq;
using Postfix.Dsl.CatalogTool;

// Regenerates the parameter catalog from the installed Postfix (postconf -d, postconf(5)) and the
// hand-curated facts in curated.tsv. Usage, from the repository root:
//   dotnet run --project tools/Postfix.Dsl.CatalogTool [-- catalog-folder]
var folder = args.Length > 0 ? args[0] : Path.Combine("src", "Postfix.Dsl", "Catalog");
var catalog = CatalogFiles.Build(folder);
File.WriteAllText(Path.Combine(folder, CatalogFiles.ParametersFile), catalog.ParametersText);
File.WriteAllText(Path.Combine(folder, CatalogFiles.TransportFile), catalog.TransportText);

var parameters = catalog.Parameters;
Console.WriteLine($"{parameters.Count} parameters ({parameters.Count(r => r.Status != "legacy")} from postconf -d, {parameters.Count(r => r.Status == "legacy")} legacy names)");
Console.WriteLine($"types curated by hand: {parameters.Count(r => r.TypeSource == "curated")}; descriptions in our words: {parameters.Count(r => r.DescriptionSource == "ours")}");
Console.WriteLine($"{catalog.Transport.Count} per-service suffixes");
foreach (var group in parameters.GroupBy(r => r.Type.Split(':')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {group.Key}: {group.Count()}");
}
