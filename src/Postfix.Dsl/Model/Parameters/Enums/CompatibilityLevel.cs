namespace Postfix.Dsl;

/// <summary>
/// Values of <c>compatibility_level</c>: which generation of built-in defaults Postfix uses. Levels
/// 0, 1, 2 and 3.6 change defaults (COMPATIBILITY_README); 3.7 to 3.11 change none that Postfix 3.7
/// knows, and Postfix accepts them, so a configuration written for a newer release can say so.
/// Rules that depend on a default (the relay default, <see cref="RelayProtection"/>) treat every
/// level from 1 on alike.
/// </summary>
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

    /// <summary><c>3.7</c>: the 3.6 defaults; names the release the configuration was reviewed for.</summary>
    [PostfixValue("3.7")]
    Level3_7,

    /// <summary><c>3.8</c>: the 3.6 defaults; names the release the configuration was reviewed for.</summary>
    [PostfixValue("3.8")]
    Level3_8,

    /// <summary><c>3.9</c>: the 3.6 defaults; names the release the configuration was reviewed for.</summary>
    [PostfixValue("3.9")]
    Level3_9,

    /// <summary><c>3.10</c>: the 3.6 defaults; names the release the configuration was reviewed for.</summary>
    [PostfixValue("3.10")]
    Level3_10,

    /// <summary><c>3.11</c>: the 3.6 defaults; names the release the configuration was reviewed for (iRedMail writes it on FreeBSD).</summary>
    [PostfixValue("3.11")]
    Level3_11,
}
