using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using Postfix.Dsl.Generators.HostDiscovery;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// Finds and runs a project assembly's generated registry, the same way in a one-off emitter and in
/// the emit server. The registry hands its entry point over from the assembly's module initializer,
/// under an AppContext name made of a known prefix and the assembly's name; an assembly built before
/// that is asked for the registry's known type name. No assembly is scanned.
/// </summary>
internal static class ProjectRegistry
{
    /// <summary>
    /// Runs the registry of <paramref name="assembly"/> with <paramref name="args"/> and returns its exit
    /// code. Whatever the project's code throws becomes PFX0105 on <paramref name="output"/>, never a
    /// stack trace on stderr alone.
    /// </summary>
    public static int Run(Assembly assembly, string assemblyPath, string[] args, TextWriter output)
    {
        var key = Key(assembly);
        Func<string[], int>? emit;
        try
        {
            RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
            emit = AppContext.GetData(key) as Func<string[], int> ?? ByName(assembly);
        }
        catch (TypeInitializationException exception) when (exception.InnerException is not null)
        {
            Report(output, assemblyPath, $"the emitter failed: {exception.InnerException}");
            return 1;
        }
        finally
        {
            // A server loads the next build of the same assembly under the same name: it must find that
            // build's entry point, and this one must not keep its assembly from being unloaded.
            AppContext.SetData(key, null);
        }

        if (emit is null)
        {
            Report(output, assemblyPath, $"no {RegistryContract.TypeName} registry in this assembly; is the Postfix.Dsl package's generator disabled?");
            return 1;
        }

        try
        {
            return emit(args);
        }
#pragma warning disable CA1031 // Whatever the project's code throws is reported as PFX0105.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Report(output, assemblyPath, $"the emitter failed: {exception}");
            return 1;
        }
    }

    private static string Key(Assembly assembly) => RegistryContract.KeyPrefix + assembly.GetName().Name;

    // An assembly whose registry predates the module initializer.
    private static Func<string[], int>? ByName(Assembly assembly) =>
        assembly.GetType(RegistryContract.TypeName, throwOnError: false)
            ?.GetMethod(RegistryContract.MethodName, BindingFlags.Public | BindingFlags.Static, [typeof(string[])])
            ?.CreateDelegate<Func<string[], int>>();

    /// <summary>PFX0105 in MSBuild's canonical form, from the rule catalogue, so the build fails with a clickable error.</summary>
    public static void Report(TextWriter output, string assemblyPath, string problem)
    {
        var rule = Postfix.Dsl.Rules.RuleCatalog.EmitterFailed;
        output.WriteLine($"{assemblyPath}: error {rule.Id}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.MessageFormat, problem)} (see {rule.HelpLink})");
    }
}
