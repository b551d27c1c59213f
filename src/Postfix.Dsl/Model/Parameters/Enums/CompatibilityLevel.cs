namespace Postfix.Dsl;

/// <summary>Values of <c>compatibility_level</c>: which generation of built-in defaults Postfix uses.</summary>
public enum CompatibilityLevel
{
    /// <summary><c>0</c>: pre-2.11 defaults (chroot on by default, no smtpd_relay_restrictions). Postfix's built-in default.</summary>
    [PostfixValue("0")]
    Level0,

    /// <summary><c>1</c>: Postfix 3.0 defaults.</summary>
    [PostfixValue("1")]
    Level1,

    /// <summary><c>2</c>: mynetworks_style = host, relay_domains empty.</summary>
    [PostfixValue("2")]
    Level2,

    /// <summary><c>3.6</c>: the modern defaults (SHA-256 digests, smtpd_relay_restrictions ending in defer_unauth_destination).</summary>
    [PostfixValue("3.6")]
    Level3_6,
}
