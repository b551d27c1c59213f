using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Postfix.Dsl.Generators.Common;

namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>
/// Finds the <c>[PostfixHost]</c> members of a project and generates the registry that the build's
/// emitter calls. Pipeline: attribute → <see cref="HostMember"/> (equatable) → registry text.
/// Misuse is reported by the analyzers' <c>PostfixHostAnalyzer</c>, never from here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class HostDiscoveryGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name: the model of each marked member.</summary>
    public const string MembersStep = "PostfixHostMembers";

    /// <summary>Tracking name: the filter that drops ill-formed members (the analyzer reports them).</summary>
    public const string WellFormedStep = "PostfixHostWellFormed";

    /// <summary>Tracking name: the well-formed members only.</summary>
    public const string ValidMembersStep = "PostfixHostValidMembers";

    /// <summary>Tracking name: all members of the compilation, gathered.</summary>
    public const string CollectStep = "PostfixHostCollect";

    /// <summary>Tracking name: all members of the compilation, as one equatable array.</summary>
    public const string CollectedStep = "PostfixHostCollected";

    /// <summary>Tracking name: the members paired with whether the compilation uses the library.</summary>
    public const string WithLibraryStep = "PostfixHostWithLibrary";

    /// <summary>Tracking name: the members, the library flag and the project folder paired.</summary>
    public const string WithProjectDirectoryStep = "PostfixHostWithProjectDirectory";

    /// <summary>Tracking name: whether this compilation uses (and is not) the Postfix.Dsl library.</summary>
    public const string UsesLibraryStep = "PostfixHostUsesLibrary";

    /// <summary>Tracking name: the project folder, for relative source paths.</summary>
    public const string ProjectDirectoryStep = "PostfixHostProjectDirectory";

    /// <summary>Tracking name: everything the registry is written from.</summary>
    public const string RegistryStep = "PostfixHostRegistry";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var members = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                HostMemberShape.AttributeName,
                static (node, _) => true,
                HostMemberParser.Parse)
            .WithTrackingName(MembersStep)
            .Where(static member => member is not null)
            .WithTrackingName(WellFormedStep)
            .Select(static (member, _) => member!)
            .WithTrackingName(ValidMembersStep)
            .Collect()
            .WithTrackingName(CollectStep)
            .Select(static (all, _) => new EquatableArray<HostMember>(all))
            .WithTrackingName(CollectedStep);

        // The library itself references this generator; it has no hosts and must not get a registry.
        // The assembly's name keys the registry's hand-over to the emitter (see RegistryEmitter).
        var usesLibrary = context.CompilationProvider
            .Select(static (compilation, _) => new LibraryUse(
                compilation.AssemblyName ?? string.Empty,
                compilation.GetTypeByMetadataName("Postfix.Dsl.HostDefinition") is { } type
                && !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)))
            .WithTrackingName(UsesLibraryStep);

        var projectDirectory = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out var folder) ? folder : string.Empty)
            .WithTrackingName(ProjectDirectoryStep);

        var registry = members
            .Combine(usesLibrary)
            .WithTrackingName(WithLibraryStep)
            .Combine(projectDirectory)
            .WithTrackingName(WithProjectDirectoryStep)
            .Select(static (input, _) => new RegistryInput(input.Left.Left, input.Left.Right.UsesLibrary, input.Left.Right.AssemblyName, input.Right))
            .WithTrackingName(RegistryStep);

        context.RegisterSourceOutput(registry, static (output, input) =>
        {
            if (input.UsesLibrary)
            {
                output.AddSource(RegistryEmitter.HintName, SourceText.From(RegistryEmitter.Emit(input.Hosts, input.ProjectDirectory, input.AssemblyName), Encoding.UTF8));
            }
        });
    }
}
