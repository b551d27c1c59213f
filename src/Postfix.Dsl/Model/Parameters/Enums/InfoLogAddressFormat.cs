namespace Postfix.Dsl;

/// <summary>Values of <c>info_log_address_format</c>: how addresses appear in informational log records.</summary>
public enum InfoLogAddressFormat
{
    /// <summary><c>external</c>: quoted as in SMTP, e.g. <c>"first last"@example.com</c> (the default since 3.5).</summary>
    External,

    /// <summary><c>internal</c>: unquoted, as Postfix before 3.5 logged them.</summary>
    Internal,
}
