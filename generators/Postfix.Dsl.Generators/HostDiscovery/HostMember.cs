using Postfix.Dsl.Generators.Common;

namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>
/// One well-formed <c>[PostfixHost]</c> member: only strings, numbers and equatable arrays, so the
/// pipeline stays cached when nothing about the host changed.
/// </summary>
/// <param name="ContainingType">The fully qualified declaring type (<c>global::Neptune.NeptuneHost</c>).</param>
/// <param name="MemberName">The member's name.</param>
/// <param name="Kind">Property/field, or method.</param>
/// <param name="FilePath">The source file as the compiler got it.</param>
/// <param name="Line">1-based line of the member's name.</param>
/// <param name="Column">1-based column of the member's name.</param>
/// <param name="Values">Where the definition sets each value, by model path, in source order of the walk.</param>
/// <param name="SuppressedRules">The PFX rule IDs that <c>[SuppressMessage]</c> suppresses for this member, in ordinal order.</param>
internal sealed record HostMember(
    string ContainingType,
    string MemberName,
    HostMemberKind Kind,
    string FilePath,
    int Line,
    int Column,
    EquatableArray<ValueSpot> Values,
    EquatableArray<string> SuppressedRules);
