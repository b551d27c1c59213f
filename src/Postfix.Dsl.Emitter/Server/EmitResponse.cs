using System.IO;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// The emit server's answer: whether it ran the request (when it did not, the build's emitter runs the
/// emit itself), and what a one-off emitter would have returned and printed.
/// </summary>
internal sealed record EmitResponse(bool Served, int ExitCode, string Output, string Errors)
{
    public static EmitResponse NotServed { get; } = new(false, 0, "", "");

    public void Write(Stream stream) => WireFormat.Send(stream, writer =>
    {
        writer.Write(Served);
        writer.Write(ExitCode);
        writer.Write(Output);
        writer.Write(Errors);
    });

    public static EmitResponse Read(Stream stream)
    {
        using var reader = WireFormat.Receive(stream);
        return new EmitResponse(reader.ReadBoolean(), reader.ReadInt32(), reader.ReadString(), reader.ReadString());
    }
}
