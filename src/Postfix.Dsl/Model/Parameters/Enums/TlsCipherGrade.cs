namespace Postfix.Dsl;

/// <summary>Values of the <c>*_tls_ciphers</c> and <c>*_tls_mandatory_ciphers</c> parameters.</summary>
public enum TlsCipherGrade
{
    /// <summary><c>high</c></summary>
    High,

    /// <summary><c>medium</c></summary>
    Medium,

    /// <summary><c>low</c></summary>
    Low,

    /// <summary><c>export</c></summary>
    Export,

    /// <summary><c>null</c>: authentication without encryption.</summary>
    Null,
}
