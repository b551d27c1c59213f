using System.Collections.Generic;

namespace Postfix.Dsl.Generators.EnumText;

/// <summary>One enum of the library and the text Postfix reads for each of its members, in declaration order.</summary>
internal sealed record EnumSpelling(string FullName, IReadOnlyList<EnumMemberText> Members);

/// <summary>
/// A member's name and its text: its <c>[PostfixValue]</c>, else the name in lower case. An obsolete
/// member is matched by its value (<see cref="ObsoleteValue"/>): naming it would be a warning.
/// </summary>
internal sealed record EnumMemberText(string Name, string Text, string? ObsoleteValue);
