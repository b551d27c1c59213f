using System;
using System.IO;
using System.Linq;
using System.Reflection;

// Usage: dotnet exec --depsfile <project>.deps.json --runtimeconfig <project>.runtimeconfig.json
//        Postfix.Dsl.Emitter.dll --assembly <project>.dll [--startup-profile <folder>] [arguments for the registry]
// The generated registry has a known name, so no assembly is scanned.
const string RegistryType = "Postfix.Dsl.Generated.PostfixHosts";
const string RegistryMethod = "Emit";

if (args.Length < 2 || args[0] != "--assembly")
{
    Console.Error.WriteLine("Usage: Postfix.Dsl.Emitter --assembly <project.dll> [--startup-profile <folder>] [--output <folder>] [--project-dir <folder>] [--verify]");
    return 2;
}

var registryArguments = args.Skip(2).ToArray();
if (registryArguments is ["--startup-profile", var profileFolder, ..])
{
    registryArguments = registryArguments[2..];
    StartupProfile.Start(profileFolder);
}

var assemblyPath = Path.GetFullPath(args[1]);
var assembly = Assembly.LoadFrom(assemblyPath);
var registry = assembly.GetType(RegistryType, throwOnError: false);
var emit = registry?.GetMethod(RegistryMethod, BindingFlags.Public | BindingFlags.Static, [typeof(string[])]);
if (emit is null)
{
    // Canonical MSBuild form, so the build fails with a clickable error.
    Report(assemblyPath, $"no {RegistryType} registry in this assembly; is the Postfix.Dsl package's generator disabled?");
    return 1;
}

try
{
    return (int)emit.Invoke(null, [registryArguments])!;
}
catch (TargetInvocationException exception) when (exception.InnerException is not null)
{
    Report(assemblyPath, $"the emitter failed: {exception.InnerException}");
    return 1;
}

// Canonical MSBuild form of PFX0105, from the rule catalogue.
static void Report(string assemblyPath, string problem)
{
    var rule = Postfix.Dsl.Rules.RuleCatalog.EmitterFailed;
    Console.WriteLine($"{assemblyPath}: error {rule.Id}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.MessageFormat, problem)} (see {rule.HelpLink})");
}
