namespace Postfix.Dsl;

/// <summary>Values of <c>inet_protocols</c>.</summary>
public enum InetProtocols
{
    /// <summary><c>all</c>: every protocol the system supports.</summary>
    All,

    /// <summary><c>ipv4</c> only.</summary>
    Ipv4,

    /// <summary><c>ipv6</c> only.</summary>
    Ipv6,

    /// <summary><c>ipv4, ipv6</c>: both, IPv4 preferred.</summary>
    [PostfixValue("ipv4, ipv6")]
    Ipv4AndIpv6,
}
