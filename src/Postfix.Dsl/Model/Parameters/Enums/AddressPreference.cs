namespace Postfix.Dsl;

/// <summary>Values of <c>smtp_address_preference</c> and <c>lmtp_address_preference</c>: which address family to try first.</summary>
public enum AddressPreference
{
    /// <summary><c>any</c>: no preference.</summary>
    Any,

    /// <summary><c>ipv4</c>: IPv4 addresses first.</summary>
    Ipv4,

    /// <summary><c>ipv6</c>: IPv6 addresses first.</summary>
    Ipv6,
}
