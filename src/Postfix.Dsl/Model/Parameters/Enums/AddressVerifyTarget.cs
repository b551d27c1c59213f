namespace Postfix.Dsl;

/// <summary>Values of <c>smtp_address_verify_target</c> and <c>lmtp_address_verify_target</c>: where an address probe stops.</summary>
public enum AddressVerifyTarget
{
    /// <summary><c>rcpt</c>: after the RCPT TO reply (the default).</summary>
    Rcpt,

    /// <summary><c>data</c>: after the end of DATA, for servers that only reject recipients then.</summary>
    Data,
}
