using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// A tiny DNS server for the live test, so that Postfix's DNS checks (reject_unknown_sender_domain,
/// reject_rbl_client) get real answers on a machine without internet: every name has an A record
/// (<see cref="Address"/>) except names under a block-list zone, which do not exist (not listed).
/// Postfix's chrooted daemons reach it through the jail's own etc/resolv.conf.
/// </summary>
internal sealed class FakeDns : IDisposable
{
    public static readonly IPAddress ListenAddress = IPAddress.Parse("127.0.0.153");

    /// <summary>The A record every existing name gets (nothing listens there: delivery just defers).</summary>
    public static readonly IPAddress Address = IPAddress.Parse("127.0.0.9");

    private readonly UdpClient _socket;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly string[] _unlistedZones;
    private readonly List<string> _queries = [];

    private static int _instances;

    private int _disposed;

    public FakeDns(IEnumerable<string> blockListZones)
    {
        // Two at once would answer each other's queries at the shared address (see LiveCollection).
        if (Interlocked.Increment(ref _instances) != 1)
        {
            Interlocked.Decrement(ref _instances);
            throw new InvalidOperationException($"another fake DNS server is running at {ListenAddress}: put the live test in [Collection(LiveCollection.Name)]");
        }

        try
        {
            _unlistedZones = blockListZones.Select(z => "." + z.TrimEnd('.').ToLowerInvariant()).ToArray();
            _socket = Bind(new IPEndPoint(ListenAddress, 53));
        }
        catch
        {
            Interlocked.Decrement(ref _instances);
            throw;
        }

        _loop = Task.Run(ServeAsync);
    }

    /// <summary>
    /// The server's socket. The previous test's socket may still be closing when the next test starts
    /// (a receive in flight defers the close), which made one CI run fail with "Address already in
    /// use": so the address may be reused (SO_REUSEADDR) and a busy bind is retried briefly. Only one
    /// instance runs at a time (the constructor checks it), so no other answers its queries.
    /// </summary>
    private static UdpClient Bind(IPEndPoint endpoint)
    {
        for (var attempt = 1; ; attempt++)
        {
            var client = new UdpClient(AddressFamily.InterNetwork);
            client.Client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            try
            {
                client.Client.Bind(endpoint);
                return client;
            }
            catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AddressAlreadyInUse && attempt < 20)
            {
                client.Dispose();
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>The names asked so far, as "type name".</summary>
    public IReadOnlyList<string> Queries
    {
        get
        {
            lock (_queries)
            {
                return _queries.ToList();
            }
        }
    }

    public void Dispose()
    {
        // Once only: a second call must not free the place of another instance.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stop.Cancel();
        _socket.Dispose();
        Interlocked.Decrement(ref _instances);
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // the loop ends with the socket
        }
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            UdpReceiveResult request;
            try
            {
                request = await _socket.ReceiveAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            if (Answer(request.Buffer) is { } reply)
            {
                await _socket.SendAsync(reply, request.RemoteEndPoint);
            }
        }
    }

    /// <summary>Builds the reply to one query (RFC 1035 §4.1), or null for a packet that is not a query.</summary>
    private byte[]? Answer(byte[] query)
    {
        if (query.Length < 12 || (query[2] & 0x80) != 0 || query[4] != 0 || query[5] != 1)
        {
            return null;
        }

        var (name, end) = ReadName(query, 12);
        if (end + 4 > query.Length)
        {
            return null;
        }

        var type = (query[end] << 8) | query[end + 1];
        lock (_queries)
        {
            _queries.Add($"{type} {name}");
        }

        var exists = !_unlistedZones.Any(zone => ("." + name).EndsWith(zone, StringComparison.Ordinal)) && !name.EndsWith(".in-addr.arpa", StringComparison.Ordinal);
        var answerA = exists && type == 1;
        var reply = new List<byte>(query[..(end + 4)]);
        reply[2] = (byte)(0x84 | (query[2] & 0x01)); // response, authoritative, recursion desired copied
        reply[3] = (byte)(0x80 | (exists ? 0 : 3));    // recursion available; NOERROR or NXDOMAIN
        reply[6] = 0;
        reply[7] = (byte)(answerA ? 1 : 0);             // answers
        reply[8] = reply[9] = reply[10] = reply[11] = 0;
        if (answerA)
        {
            reply.AddRange([0xC0, 0x0C, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x3C, 0x00, 0x04]);
            reply.AddRange(Address.GetAddressBytes());
        }

        return reply.ToArray();
    }

    private static (string Name, int End) ReadName(byte[] packet, int offset)
    {
        var labels = new List<string>();
        while (offset < packet.Length && packet[offset] != 0)
        {
            var length = packet[offset];
            labels.Add(System.Text.Encoding.ASCII.GetString(packet, offset + 1, Math.Min(length, packet.Length - offset - 1)));
            offset += length + 1;
        }

        return (string.Join('.', labels).ToLowerInvariant(), offset + 1);
    }
}
