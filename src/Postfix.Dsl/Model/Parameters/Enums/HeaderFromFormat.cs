namespace Postfix.Dsl;

/// <summary>Values of <c>header_from_format</c>: how Postfix writes a From: header it adds.</summary>
public enum HeaderFromFormat
{
    /// <summary><c>standard</c>: <c>From: name &lt;address&gt;</c> (the default since Postfix 3.3).</summary>
    Standard,

    /// <summary><c>obsolete</c>: <c>From: address (name)</c>, the pre-3.3 form.</summary>
    Obsolete,
}
