using System;
using System.IO;
using System.Text;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// How the emit server's messages travel: fields written by <see cref="BinaryWriter"/> (strings as
/// UTF-8 with their length), one message per direction and connection.
/// </summary>
internal static class WireFormat
{
    /// <summary>Writes a message built in memory and sent at once: one write, not one per field.</summary>
    public static void Send(Stream stream, Action<BinaryWriter> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            fields(writer);
        }

        buffer.WriteTo(stream);
    }

    /// <summary>A reader of one message, buffered (one read, not one per field); disposing it leaves the connection open.</summary>
    public static BinaryReader Receive(Stream stream) =>
        new(new BufferedStream(stream, 1 << 16), Encoding.UTF8, leaveOpen: true);
}
