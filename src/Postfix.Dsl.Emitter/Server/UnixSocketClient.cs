using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// One request and its answer over a Unix socket, with libc's own calls. The build's side of the emit
/// server lives a few milliseconds; System.Net.Sockets would first start its event engine, thread
/// pool and telemetry, which costs more than the exchange. Any failure is null: the caller then emits
/// by itself.
/// </summary>
internal static class UnixSocketClient
{
    private const int AddressFamilyUnix = 1;
    private const int StreamSocket = 1;
    private const int CloseOnExec = 0x80000;

    public static byte[]? Exchange(string socketPath, byte[] request)
    {
        var fd = socket(AddressFamilyUnix, StreamSocket | CloseOnExec, 0);
        if (fd < 0)
        {
            return null;
        }

        try
        {
            // struct sockaddr_un: sa_family_t (native order), then the NUL-terminated path.
            var path = Encoding.UTF8.GetBytes(socketPath);
            var address = new byte[2 + path.Length + 1];
            BitConverter.TryWriteBytes(address.AsSpan(0, 2), (ushort)AddressFamilyUnix);
            path.CopyTo(address, 2);
            if (connect(fd, address, address.Length) != 0)
            {
                return null;
            }

            for (var sent = 0; sent < request.Length;)
            {
                var written = write(fd, ref request[sent], request.Length - sent);
                if (written <= 0)
                {
                    return null;
                }

                sent += (int)written;
            }

            // The server closes the connection after its answer.
            using var answer = new MemoryStream();
            var buffer = new byte[1 << 16];
            while (true)
            {
                var count = read(fd, ref buffer[0], buffer.Length);
                if (count < 0)
                {
                    return null;
                }

                if (count == 0)
                {
                    return answer.ToArray();
                }

                answer.Write(buffer, 0, (int)count);
            }
        }
        finally
        {
            _ = close(fd);
        }
    }

#pragma warning disable SA1300, CA1401, SYSLIB1054 // libc's names; plain blittable calls, no marshalling to generate.
    [DllImport("libc")]
    private static extern int socket(int domain, int type, int protocol);

    [DllImport("libc")]
    private static extern int connect(int fd, byte[] address, int length);

    [DllImport("libc")]
    private static extern nint write(int fd, ref byte buffer, nint count);

    [DllImport("libc")]
    private static extern nint read(int fd, ref byte buffer, nint count);

    [DllImport("libc")]
    private static extern int close(int fd);

    /// <summary>The effective user id, which names the sockets' folder.</summary>
    [DllImport("libc")]
    public static extern uint geteuid();
#pragma warning restore SA1300, CA1401, SYSLIB1054
}
