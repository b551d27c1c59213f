using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Postfix.Dsl.CatalogTool;

// Regenerates the parameter catalog from the installed Postfix (postconf -d, postconf(5)) and the
// hand-curated facts in curated.tsv. Usage, from the repository root:
//   dotnet run --project tools/Postfix.Dsl.CatalogTool [-- catalog-folder]
var folder = args.Length > 0 ? args[0] : Path.Combine("src", "Postfix.Dsl", "Catalog");
var curated = CuratedEntry.Read(Path.Combine(folder, CuratedEntry.FileName));
var manual = ManualPage.Read(ManualPage.DefaultPath);
var builtIn = Postconf.Defaults(masterCf: string.Empty);

var parameters = CatalogBuilder.Parameters(builtIn, manual, curated);
var transport = CatalogBuilder.TransportParameters(builtIn, manual, curated, parameters);

File.WriteAllText(Path.Combine(folder, "parameters.tsv"), string.Concat(new[] { CatalogRow.Header }.Concat(parameters.Select(r => r.Line)).Select(l => l + "\n")));
File.WriteAllText(Path.Combine(folder, "transport-parameters.tsv"), string.Concat(new[] { TransportRow.Header }.Concat(transport.Select(r => r.Line)).Select(l => l + "\n")));

Console.WriteLine($"{parameters.Count} parameters ({builtIn.Count} from postconf -d, {parameters.Count(r => r.Status == "legacy")} legacy names)");
Console.WriteLine($"types curated by hand: {parameters.Count(r => r.TypeSource == "curated")}; descriptions in our words: {parameters.Count(r => r.DescriptionSource == "ours")}");
Console.WriteLine($"{transport.Count} per-service suffixes");
foreach (var group in parameters.GroupBy(r => r.Type.Split(':')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {group.Key}: {group.Count()}");
}
