using System;
using System.Security.Cryptography;
using System.Threading;

namespace Postfix.Dsl;

/// <summary>
/// Starts the platform's SHA-256 on a pool thread when an emit (or the build's emitter) begins. On Linux its first use loads
/// OpenSSL, several milliseconds that a short process (the build's emitter) would otherwise pay on its
/// one busy thread when the first file is written; this way it is paid while the hosts are validated.
/// Once per process; nothing depends on it finishing.
/// </summary>
internal static class ContentHashWarmUp
{
    private static int _started;

    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            static _ =>
            {
                try
                {
                    _ = SHA256.HashData(ReadOnlySpan<byte>.Empty);
                }
                catch (Exception exception) when (exception is CryptographicException or PlatformNotSupportedException)
                {
                    // The write path reports it, where it can say which file.
                }
            },
            null);
    }
}
