using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// A private key and its certificate chain, for <c>smtpd_tls_chain_files</c> (Postfix 3.4+), where
/// each key comes first and its certificates follow, server certificate first, issuers after:
/// <c>SmtpdTlsChainFiles = TlsKeyPair.Files(Rsa, Ecdsa)</c> holds an RSA and an ECDSA chain at once.
/// </summary>
/// <param name="Key">The private key file (PEM).</param>
/// <param name="Certificates">The certificate file(s), leaf first (a file may hold the whole chain).</param>
public sealed record TlsKeyPair(string Key, IReadOnlyList<string> Certificates)
{
    /// <summary>A key with its chain in one file (a "fullchain.pem").</summary>
    public TlsKeyPair(string key, string certificateChain)
        : this(key, [certificateChain])
    {
    }

    /// <summary>The key file.</summary>
    public string Key { get; } = string.IsNullOrWhiteSpace(Key) ? throw new ArgumentException("A key pair needs its key file.", nameof(Key)) : Key;

    /// <summary>The certificate files, leaf first.</summary>
    public IReadOnlyList<string> Certificates { get; } = Certificates is { Count: > 0 }
        ? ValueList.Of(Certificates)
        : throw new ArgumentException("A key pair needs at least one certificate file.", nameof(Certificates));

    /// <summary>The files of <paramref name="pairs"/> in the order <c>smtpd_tls_chain_files</c> reads them: each key, then its certificates.</summary>
    public static IReadOnlyList<string> Files(params TlsKeyPair[] pairs) =>
        pairs.SelectMany(p => p.Certificates.Prepend(p.Key)).ToList();
}
