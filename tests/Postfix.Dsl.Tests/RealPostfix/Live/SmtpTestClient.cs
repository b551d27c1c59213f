using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// A minimal SMTP client bound to a chosen local address, so that one test can speak as a client
/// inside mynetworks (127.0.0.2) and as one outside it (127.0.0.3).
/// </summary>
internal sealed class SmtpTestClient : IDisposable
{
    private readonly TcpClient _tcp;
    private StreamReader _reader;
    private Stream _stream;

    private SmtpTestClient(TcpClient tcp, Func<Stream, Stream>? wrap = null)
    {
        _tcp = tcp;
        Stream stream = tcp.GetStream();
        stream.ReadTimeout = 30_000;
        _stream = wrap?.Invoke(stream) ?? stream;
        _reader = new StreamReader(_stream, Encoding.ASCII);
        Banner = ReadReply();
    }

    /// <summary>The 220 greeting.</summary>
    public SmtpReply Banner { get; }

    public static SmtpTestClient Connect(IPAddress from, int port)
    {
        var tcp = new TcpClient(new IPEndPoint(from, 0));
        tcp.Connect(IPAddress.Loopback, port);
        return new SmtpTestClient(tcp);
    }

    /// <summary>
    /// Connects and negotiates TLS before the greeting (port 465, <c>smtpd_tls_wrappermode</c>),
    /// verifying the server's certificate for <paramref name="serverName"/> against <paramref name="trustedRoot"/> only.
    /// </summary>
    public static SmtpTestClient ConnectImplicitTls(IPAddress from, int port, string serverName, X509Certificate2 trustedRoot)
    {
        var tcp = new TcpClient(new IPEndPoint(from, 0));
        tcp.Connect(IPAddress.Loopback, port);
        return new SmtpTestClient(tcp, stream => Handshake(stream, serverName, trustedRoot));
    }

    /// <summary>The TLS session, once negotiated (STARTTLS or implicit); null in plain text.</summary>
    public SslStream? Tls => _stream as SslStream;

    /// <summary>Sends STARTTLS and, on 220, negotiates TLS as <see cref="ConnectImplicitTls"/> does; returns the reply to STARTTLS.</summary>
    public SmtpReply StartTls(string serverName, X509Certificate2 trustedRoot)
    {
        var reply = Send("STARTTLS");
        if (reply.Code == 220)
        {
            _stream = Handshake(_stream, serverName, trustedRoot);
            _reader = new StreamReader(_stream, Encoding.ASCII);
        }

        return reply;
    }

    /// <summary>AUTH PLAIN with <paramref name="user"/> and <paramref name="password"/>.</summary>
    public SmtpReply AuthPlain(string user, string password) =>
        Send("AUTH PLAIN " + Convert.ToBase64String(Encoding.UTF8.GetBytes("\0" + user + "\0" + password)));

    private static SslStream Handshake(Stream stream, string serverName, X509Certificate2 trustedRoot)
    {
        var tls = new SslStream(stream, leaveInnerStreamOpen: false);
        tls.AuthenticateAsClient(new SslClientAuthenticationOptions
        {
            TargetHost = serverName,
            CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                CustomTrustStore = { trustedRoot },
                RevocationMode = X509RevocationMode.NoCheck,
            },
        });
        return tls;
    }

    public SmtpReply Send(string command)
    {
        var bytes = Encoding.ASCII.GetBytes(command + "\r\n");
        _stream.Write(bytes);
        return ReadReply();
    }

    /// <summary>Sends a message after an accepted DATA; returns the reply to the final dot.</summary>
    public SmtpReply SendMessage(string message)
    {
        var data = Send("DATA");
        if (data.Code != 354)
        {
            return data;
        }

        var text = message.Replace("\r\n", "\n").Replace("\n", "\r\n");
        _stream.Write(Encoding.ASCII.GetBytes(text.TrimEnd('\r', '\n') + "\r\n.\r\n"));
        return ReadReply();
    }

    public void Dispose()
    {
        try
        {
            _stream.Write(Encoding.ASCII.GetBytes("QUIT\r\n"));
        }
        catch (IOException)
        {
            // the server may already have closed the connection
        }

        _tcp.Dispose();
    }

    private SmtpReply ReadReply()
    {
        var text = new StringBuilder();
        while (true)
        {
            var line = _reader.ReadLine() ?? throw new IOException("the server closed the connection");
            text.Append(line).Append('\n');
            if (line.Length < 4 || line[3] != '-')
            {
                return new SmtpReply(int.Parse(line[..3], System.Globalization.CultureInfo.InvariantCulture), text.ToString().TrimEnd('\n'));
            }
        }
    }
}

/// <summary>An SMTP reply: its code and full text (all lines).</summary>
internal sealed record SmtpReply(int Code, string Text)
{
    public override string ToString() => Text;
}
