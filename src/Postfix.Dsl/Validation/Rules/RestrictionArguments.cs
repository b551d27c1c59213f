namespace Postfix.Dsl;

/// <summary>
/// The DNS list domain of <c>reject_rbl_client</c>, <c>reject_rhsbl_*</c>, <c>permit_dnswl_client</c> and
/// <c>permit_rhswl_client</c> (PFX0003). Shared with the analyzers: keep it netstandard2.0-compatible.
/// </summary>
internal static class RestrictionArguments
{
    /// <summary>True when <paramref name="name"/> takes a DNS list domain and <paramref name="argument"/> (before any <c>=reply</c>) is not one.</summary>
    public static bool IsDnsListDomainProblem(string name, string argument)
    {
        var takesDomain = name.StartsWith("reject_rbl", System.StringComparison.Ordinal)
            || name.StartsWith("reject_rhsbl", System.StringComparison.Ordinal)
            || name is "permit_dnswl_client" or "permit_rhswl_client";
        return takesDomain && !HostNameSyntax.IsValid(argument.Split('=')[0]);
    }
}
