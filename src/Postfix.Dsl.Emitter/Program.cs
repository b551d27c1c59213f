using System;
using System.IO;
using System.Linq;
using System.Reflection;

// Usage: dotnet exec --depsfile <project>.deps.json --runtimeconfig <project>.runtimeconfig.json
//        Postfix.Dsl.Emitter.dll --assembly <project>.dll [arguments for the registry]
// The generated registry has a known name, so no assembly is scanned.
const string RegistryType = "Postfix.Dsl.Generated.PostfixHosts";
const string RegistryMethod = "Emit";

if (args.Length < 2 || args[0] != "--assembly")
{
    Console.Error.WriteLine("Usage: Postfix.Dsl.Emitter --assembly <project.dll> [--output <folder>] [--project-dir <folder>] [--verify]");
    return 2;
}

var assemblyPath = Path.GetFullPath(args[1]);
var assembly = Assembly.LoadFrom(assemblyPath);
var registry = assembly.GetType(RegistryType, throwOnError: false);
var emit = registry?.GetMethod(RegistryMethod, BindingFlags.Public | BindingFlags.Static, [typeof(string[])]);
if (emit is null)
{
    // Canonical MSBuild form, so the build fails with a clickable error.
    Console.WriteLine($"{assemblyPath}: error PFX0105: no {RegistryType} registry in this assembly; is the Postfix.Dsl package's generator disabled? (see docs/diagnostics/PFX0105.md)");
    return 1;
}

try
{
    return (int)emit.Invoke(null, [args.Skip(2).ToArray()])!;
}
catch (TargetInvocationException exception) when (exception.InnerException is not null)
{
    Console.WriteLine($"{assemblyPath}: error PFX0105: the emitter failed: {exception.InnerException} (see docs/diagnostics/PFX0105.md)");
    return 1;
}
