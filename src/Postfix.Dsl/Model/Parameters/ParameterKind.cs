namespace Postfix.Dsl;

/// <summary>How a main.cf parameter's value is typed, written and validated.</summary>
public enum ParameterKind
{
    /// <summary><c>yes</c> or <c>no</c>.</summary>
    Bool,

    /// <summary>A decimal integer without suffix.</summary>
    Int,

    /// <summary>A 64-bit decimal integer without suffix (sizes in bytes).</summary>
    Long,

    /// <summary>An integer with one unit letter (s, m, h, d, w).</summary>
    Time,

    /// <summary>Free text; <c>$name</c> references are expanded by Postfix.</summary>
    String,

    /// <summary>Free text that Postfix does not expand when reading main.cf (its macros are filled in per message).</summary>
    Raw,

    /// <summary>A fully qualified host name, or a <c>$name</c> expression.</summary>
    HostName,

    /// <summary>A domain name, or a <c>$name</c> expression.</summary>
    DomainName,

    /// <summary>
    /// A delivery transport and optional next hop, <c>transport:nexthop</c> (e.g. <c>smtp</c>,
    /// <c>local:$myhostname</c>, <c>lmtp:unix:private/dovecot-lmtp</c>), or a <c>$name</c> expression;
    /// the transport is the name of a <c>unix</c> service in master.cf.
    /// </summary>
    Transport,

    /// <summary>A list of words.</summary>
    List,

    /// <summary>A list of domain names, <c>$name</c> references, files or lookup tables.</summary>
    DomainList,

    /// <summary>A list of networks (CIDR, <c>[IPv6]/len</c>), <c>$name</c> references, files or lookup tables.</summary>
    NetworkList,

    /// <summary>A list of lookup tables.</summary>
    Maps,

    /// <summary>An SMTP access restriction list, evaluated in order.</summary>
    Restrictions,

    /// <summary>One value of a closed set.</summary>
    Enum,
}
