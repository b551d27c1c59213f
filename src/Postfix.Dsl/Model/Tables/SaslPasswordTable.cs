using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// The SMTP client's SASL credentials per next hop (<c>smtp_sasl_password_maps</c>): each line is
/// <c>[smtp.relay.example.net]:587 user:password</c>. The password is a <see cref="Secret"/>, so the
/// committed file holds only its marker; the file is written with mode 0600.
/// </summary>
public sealed record SaslPasswordTable : EntryTable<SaslPasswordEntry>
{
    /// <inheritdoc/>
    public override bool HoldsSecrets => true;
}

/// <summary>
/// One account: the next hop exactly as <c>relayhost</c> or the transport names it (the SMTP client
/// looks it up as written, brackets and port included), the user name, and the password's secret.
/// </summary>
/// <param name="Nexthop">The server, e.g. <c>Nexthop.Host("smtp.relay.example.net", 587)</c> for <c>[smtp.relay.example.net]:587</c>.</param>
/// <param name="UserName">The login; it cannot hold ':' (Postfix splits the value at the first one).</param>
/// <param name="Password">The password's secret.</param>
public sealed record SaslPasswordEntry(Nexthop Nexthop, string UserName, Secret Password)
{
    /// <summary>The key as written: the next hop in the SMTP client's syntax.</summary>
    public string Key => TransportText.Nexthop(Nexthop);

    /// <summary>The value as written: <c>user:&lt;secret:name&gt;</c>.</summary>
    public string Value => UserName + ":" + Password.Marker;
}
