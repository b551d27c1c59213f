using System.IO;
using System.Text;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// The emit server's answer: whether it ran the request (when it did not, the build's emitter runs the
/// emit itself), and what a one-off emitter would have returned and printed.
/// </summary>
internal sealed record EmitResponse(bool Served, int ExitCode, string Output, string Errors)
{
    public static EmitResponse NotServed { get; } = new(false, 0, "", "");

    public void Write(Stream stream)
    {
        // Built in memory and sent at once: one write, not one per field.
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        writer.Write(Served);
        writer.Write(ExitCode);
        writer.Write(Output);
        writer.Write(Errors);
        writer.Flush();
        buffer.WriteTo(stream);
    }

    public static EmitResponse Read(Stream stream)
    {
        // Buffered: one read, not one per field. Not disposed, which would close the connection.
        using var reader = new BinaryReader(new BufferedStream(stream, 1 << 16), Encoding.UTF8, leaveOpen: true);
        return new EmitResponse(reader.ReadBoolean(), reader.ReadInt32(), reader.ReadString(), reader.ReadString());
    }
}
