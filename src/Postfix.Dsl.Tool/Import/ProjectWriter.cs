using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace Postfix.Dsl.Tool.Import;

/// <summary>
/// Writes the buildable project an import produces: a csproj that references Postfix.Dsl at the
/// tool's own version, and the host's C# file. <c>dotnet build</c> of it writes the host's files.
/// </summary>
internal static class ProjectWriter
{
    public static void Write(string projectDirectory, ImportResult result)
    {
        Directory.CreateDirectory(projectDirectory);
        var csproj = Path.Combine(projectDirectory, "Imported.csproj");
        if (!File.Exists(csproj))
        {
            // Written once: a project the user has since changed (another host, a package) is theirs.
            var project = new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"),
                new XElement("PropertyGroup",
                    new XElement("TargetFramework", "net8.0"),
                    new XElement("Nullable", "enable"),
                    new XElement("RootNamespace", "Imported")),
                new XElement("ItemGroup",
                    new XElement("PackageReference", new XAttribute("Include", "Postfix.Dsl"), new XAttribute("Version", LibraryVersion))));
            File.WriteAllText(csproj, project.ToString().Replace("\r\n", "\n") + "\n");
        }

        File.WriteAllText(Path.Combine(projectDirectory, result.FileName), result.Code);
    }

    /// <summary>The version of the Postfix.Dsl this tool was built with (its informational version without the commit).</summary>
    public static string LibraryVersion =>
        typeof(MailHost).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+').First()
        ?? typeof(MailHost).Assembly.GetName().Version!.ToString(3);
}
