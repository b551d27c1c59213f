using System;
using System.IO;
using System.Linq;
using Postfix.Dsl.Tests.RealPostfix;
using Xunit;

namespace Postfix.Dsl.Tests.Build;

/// <summary>The emitter process that dotnet build starts, run the same way, on assemblies it cannot use.</summary>
public class EmitterTests
{
    /// <summary>The emitter built next to these tests (the newest of Debug and Release).</summary>
    private static string EmitterPath() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "Postfix.Dsl.Emitter", "bin"), "Postfix.Dsl.Emitter.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();

    [Fact]
    public void An_assembly_without_a_host_registry_is_PFX0105_in_msbuild_form_with_its_absolute_help_link()
    {
        // The library itself: a real assembly that has no generated registry.
        var assembly = typeof(MailHost).Assembly.Location;

        var result = PostfixTools.Run("dotnet", "exec", "--roll-forward", "Major", EmitterPath(), "--assembly", assembly);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{assembly}: error PFX0105: no Postfix.Dsl.Generated.PostfixHosts registry in this assembly; is the Postfix.Dsl package's generator disabled? "
            + "(see https://github.com/postfix-dsl/postfix-dsl/blob/main/docs/diagnostics/PFX0105.md)",
            result.Stdout.TrimEnd('\n'));
    }

    [Fact]
    public void A_project_with_hosts_hands_its_registry_to_the_emitter_from_its_module_initializer()
    {
        // Neptune's assembly is loaded in this process, so its module initializer has run, as the emitter runs it.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(typeof(Neptune.NeptuneHost).Module.ModuleHandle);

        // Each assembly with hosts under its own name (the Modern sample is loaded here too).
        var entry = Assert.IsType<Func<string[], int>>(AppContext.GetData("Postfix.Dsl.Generated.PostfixHosts.Emit/Neptune"), exactMatch: false);
        Assert.Equal("Emit", entry.Method.Name);
        Assert.Equal("Postfix.Dsl.Generated.PostfixHosts", entry.Method.DeclaringType!.FullName);
        Assert.Same(typeof(Neptune.NeptuneHost).Assembly, entry.Method.DeclaringType.Assembly);
    }

    [Fact]
    public void Wrong_arguments_print_the_usage_and_exit_2()
    {
        var result = PostfixTools.Run("dotnet", "exec", "--roll-forward", "Major", EmitterPath(), "--nonsense");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Usage: Postfix.Dsl.Emitter --assembly", result.Stderr, StringComparison.Ordinal);
    }
}
