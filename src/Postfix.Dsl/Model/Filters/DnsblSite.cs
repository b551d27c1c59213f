using System;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>
/// One DNS list that postscreen queries (<c>postscreen_dnsbl_sites</c>), with an optional reply
/// filter and weight: <c>new DnsblSite("zen.spamhaus.org") { Reply = "127.0.0.[2..11]", Weight = 3 }</c>
/// is written <c>zen.spamhaus.org=127.0.0.[2..11]*3</c>. A negative weight makes an allow list
/// (<c>list.dnswl.org=127.0.[0..255].[1..3]*-2</c>). It converts to the list item.
/// </summary>
/// <param name="Domain">The list's DNS domain.</param>
public sealed record DnsblSite(string Domain)
{
    /// <summary>The domain.</summary>
    public string Domain { get; } = Valid(Domain);

    /// <summary>
    /// Only replies that match this filter count (<c>127.0.0.2</c>, <c>127.0.0.[2..11]</c>, <c>127.0.0.[2;4]</c>);
    /// null counts every reply. The list's own documentation says which replies mean "listed".
    /// </summary>
    public string? Reply { get; init; }

    /// <summary>What a listing adds to the client's score (1 when unset); negative for an allow list.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>The list item, <c>domain[=filter][*weight]</c>.</summary>
    public string Text => Domain
        + (Reply is null ? string.Empty : "=" + Reply)
        + (Weight == 1 ? string.Empty : "*" + Weight.ToString(CultureInfo.InvariantCulture));

    /// <summary>The list item (<see cref="Text"/>).</summary>
    public static implicit operator string(DnsblSite site) => (site ?? throw new ArgumentNullException(nameof(site))).Text;

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static string Valid(string domain) =>
        string.IsNullOrWhiteSpace(domain) || domain.IndexOfAny([' ', '\t', ',', '=', '*', '{', '}']) >= 0
            ? throw new ArgumentException($"'{domain}' is not a DNS list domain: expected a name such as zen.spamhaus.org; put a reply filter in Reply and a weight in Weight.", nameof(Domain))
            : domain;
}
