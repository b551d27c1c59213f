using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// A memcache server speaking the text protocol's get, set and delete, enough for Postfix's memcache
/// client (no memcached among the Debian judges here). It records every set, with its flags and
/// expiry, so that a test sees what Postfix stored.
/// </summary>
internal sealed class FakeMemcache : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeMemcache()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>What the server holds, by key.</summary>
    public ConcurrentDictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Every set received: key, flags, expiry, value.</summary>
    public ConcurrentQueue<(string Key, int Flags, int Expiry, string Value)> Sets { get; } = new();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the accept loop ends with the listener
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => Serve(client));
        }
    }

    private void Serve(TcpClient client)
    {
        using (client)
        using (var stream = client.GetStream())
        using (var reader = new StreamReader(stream, Encoding.ASCII))
        using (var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true })
        {
            try
            {
                while (reader.ReadLine() is { } line)
                {
                    var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    switch (words)
                    {
                        case ["get", var key]:
                            if (Values.TryGetValue(key, out var value))
                            {
                                writer.WriteLine($"VALUE {key} 0 {Encoding.ASCII.GetByteCount(value)}");
                                writer.WriteLine(value);
                            }

                            writer.WriteLine("END");
                            break;
                        case ["set", var key, var flags, var expiry, var bytes]:
                            var data = new char[int.Parse(bytes, CultureInfo.InvariantCulture)];
                            reader.ReadBlock(data, 0, data.Length);
                            reader.ReadLine(); // the data's CRLF
                            Values[key] = new string(data);
                            Sets.Enqueue((key, int.Parse(flags, CultureInfo.InvariantCulture), int.Parse(expiry, CultureInfo.InvariantCulture), new string(data)));
                            writer.WriteLine("STORED");
                            break;
                        case ["delete", var key, ..]:
                            writer.WriteLine(Values.TryRemove(key, out _) ? "DELETED" : "NOT_FOUND");
                            break;
                        default:
                            writer.WriteLine("ERROR");
                            break;
                    }
                }
            }
            catch (IOException)
            {
                // the client went away
            }
        }
    }
}
