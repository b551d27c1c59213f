using System.Net;
using System.Net.Sockets;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>The loopback ports the judges' private servers listen on.</summary>
internal static class Loopback
{
    /// <summary>A TCP port on 127.0.0.1 that nothing listens on now (the system picks it).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
