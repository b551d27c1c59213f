using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Postfix.Dsl.Generators.Tests;

/// <summary>
/// Compiles a generator run's output and reads its registry back through the real library, as the
/// build's emitter does: what the registry says is checked as the library reads it, whatever form
/// the generated code takes.
/// </summary>
internal static class LoadedRegistry
{
    /// <summary>The host definitions of <paramref name="output"/>'s generated <c>PostfixHosts.All</c>, in registry order.</summary>
    public static IReadOnlyList<HostDefinition> Hosts(Compilation output)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;

        // Collectible, and resolving Postfix.Dsl from the test's own context: the definitions are the library's type.
        var context = new AssemblyLoadContext("registry", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var all = assembly.GetType("Postfix.Dsl.Generated.PostfixHosts", throwOnError: true)!
                .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!
                .GetValue(null);
            return ((IEnumerable<HostDefinition>)all!).ToList();
        }
        finally
        {
            context.Unload();
        }
    }
}
