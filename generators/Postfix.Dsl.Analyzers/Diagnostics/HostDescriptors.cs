using Microsoft.CodeAnalysis;
using Postfix.Dsl.Rules;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Every diagnostic reported about host definitions, made from the rule catalogue
/// (<see cref="RuleCatalog"/>): PFX0010 and PFX0102 are the same rules the build enforces.
/// </summary>
internal static class HostDescriptors
{
    public static readonly DiagnosticDescriptor WrongShape = RuleDescriptor.Of(RuleCatalog.HostMemberShape);

    public static readonly DiagnosticDescriptor NotStatic = RuleDescriptor.Of(RuleCatalog.HostMemberNotStatic);

    public static readonly DiagnosticDescriptor DuplicateHostName = RuleDescriptor.Of(RuleCatalog.DuplicateHostName, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidHostFolderName = RuleDescriptor.Of(RuleCatalog.InvalidFileName);
}
