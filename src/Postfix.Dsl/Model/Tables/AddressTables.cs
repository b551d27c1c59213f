using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A canonical(5) or generic(5) table: each address key rewritten to one address. For
/// <c>canonical_maps</c>, <c>sender_canonical_maps</c>, <c>recipient_canonical_maps</c> and
/// <c>smtp_generic_maps</c> (generic(5) uses the same form for outgoing mail).
/// </summary>
public sealed record CanonicalTable : EntryTable<AddressRewrite>;

/// <summary>One canonical(5) entry: the key and the address it becomes (<c>@domain</c> for a domain rewrite).</summary>
/// <param name="Key">What an address matches.</param>
/// <param name="Address">What it becomes.</param>
public sealed record AddressRewrite(AddressKey Key, string Address);

/// <summary>
/// A relocated(5) table (<c>relocated_maps</c>): mail to a key is bounced with "user has moved to"
/// the new contact information.
/// </summary>
public sealed record RelocatedTable : EntryTable<Relocation>;

/// <summary>One relocated(5) entry: the old address or domain, and the new contact information (an address, or text).</summary>
/// <param name="Key">The old address, user or @domain.</param>
/// <param name="NewContact">Where to write now, e.g. <c>alice@example.net</c> or <c>Alice has left; write to sales@example.org</c>.</param>
public sealed record Relocation(AddressKey Key, string NewContact);

/// <summary>
/// The owners of each sender address (<c>smtpd_sender_login_maps</c>), for
/// <c>reject_sender_login_mismatch</c>: an address or @domain, and the SASL login names that may use it.
/// </summary>
public sealed record SenderLoginTable : EntryTable<SenderLogins>;

/// <summary>One sender address (or @domain) and the login names that own it.</summary>
/// <param name="Key">The sender address or @domain.</param>
/// <param name="Logins">The SASL login names allowed to send as it.</param>
public sealed record SenderLogins(AddressKey Key, IReadOnlyList<string> Logins)
{
    /// <summary>The login names allowed to send as the key.</summary>
    public IReadOnlyList<string> Logins { get; } = ValueList.Of(Logins);
}

/// <summary>
/// The relay host per sender (<c>sender_dependent_relayhost_maps</c>): mail from an address or
/// @domain leaves through that next hop instead of <c>relayhost</c>.
/// </summary>
public sealed record SenderRelayhostTable : EntryTable<SenderRelayhost>;

/// <summary>One sender address (or @domain) and the next hop its mail leaves through.</summary>
/// <param name="Key">The sender address or @domain.</param>
/// <param name="Relayhost">The next hop, e.g. <c>Nexthop.Host("smtp.partner.example", 587)</c> for <c>[smtp.partner.example]:587</c>.</param>
public sealed record SenderRelayhost(AddressKey Key, Nexthop Relayhost);

/// <summary>
/// Blind copies per address (<c>recipient_bcc_maps</c>, <c>sender_bcc_maps</c>): mail to or from an
/// address or @domain is also delivered to one more address.
/// </summary>
public sealed record BccTable : EntryTable<AddressRewrite>;
