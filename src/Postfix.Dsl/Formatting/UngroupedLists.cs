using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// The list parameters whose items Postfix splits on commas and blanks without <c>{ }</c> grouping:
/// the milter macro lists, where braces belong to a macro's name (<c>{auth_authen}</c>, as in
/// Postfix's own default <c>j {daemon_name} {daemon_addr} v _</c>). Their items are written as they
/// are and read back with their braces; an item holding a blank or a comma cannot be written (PFX0016).
/// </summary>
internal static class UngroupedLists
{
    private static readonly HashSet<string> Names =
    [
        "milter_connect_macros", "milter_helo_macros", "milter_mail_macros", "milter_rcpt_macros", "milter_data_macros",
        "milter_end_of_header_macros", "milter_end_of_data_macros", "milter_unknown_command_macros",
    ];

    public static bool Contains(string name) => Names.Contains(name);
}
