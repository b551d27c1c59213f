using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using Postfix.Dsl.Generators.HostDiscovery;

// Usage: dotnet exec --depsfile <project>.deps.json --runtimeconfig <project>.runtimeconfig.json
//        Postfix.Dsl.Emitter.dll --assembly <project>.dll [--startup-profile <folder>] [arguments for the registry]
// The generated registry hands its entry point over from the assembly's module initializer, under an
// AppContext name made of a known prefix and the assembly's name; an assembly built before that is
// asked for the registry's known type name. No assembly is scanned.

if (args.Length < 2 || args[0] != "--assembly")
{
    Console.Error.WriteLine("Usage: Postfix.Dsl.Emitter --assembly <project.dll> [--startup-profile <folder>] [--output <folder>] [--project-dir <folder>] [--verify]");
    return 2;
}

var registryArguments = args[2..];
if (registryArguments is ["--startup-profile", var profileFolder, ..])
{
    registryArguments = registryArguments[2..];
    StartupProfile.Start(profileFolder);
}

var assemblyPath = Path.GetFullPath(args[1]);
var assembly = Assembly.LoadFrom(assemblyPath);
Func<string[], int>? emit;
try
{
    RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
    emit = AppContext.GetData(RegistryContract.KeyPrefix + assembly.GetName().Name) as Func<string[], int> ?? ByName(assembly);
}
catch (TypeInitializationException exception) when (exception.InnerException is not null)
{
    Report(assemblyPath, $"the emitter failed: {exception.InnerException}");
    return 1;
}

if (emit is null)
{
    // Canonical MSBuild form, so the build fails with a clickable error.
    Report(assemblyPath, $"no {RegistryContract.TypeName} registry in this assembly; is the Postfix.Dsl package's generator disabled?");
    return 1;
}

try
{
    return emit(registryArguments);
}
#pragma warning disable CA1031 // Whatever the project's code throws is reported as PFX0105, never as a stack trace on stderr alone.
catch (Exception exception)
#pragma warning restore CA1031
{
    Report(assemblyPath, $"the emitter failed: {exception}");
    return 1;
}

// An assembly whose registry predates the module initializer.
static Func<string[], int>? ByName(Assembly assembly) =>
    assembly.GetType(RegistryContract.TypeName, throwOnError: false)
        ?.GetMethod(RegistryContract.MethodName, BindingFlags.Public | BindingFlags.Static, [typeof(string[])])
        ?.CreateDelegate<Func<string[], int>>();

// Canonical MSBuild form of PFX0105, from the rule catalogue.
static void Report(string assemblyPath, string problem)
{
    var rule = Postfix.Dsl.Rules.RuleCatalog.EmitterFailed;
    Console.WriteLine($"{assemblyPath}: error {rule.Id}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.MessageFormat, problem)} (see {rule.HelpLink})");
}
