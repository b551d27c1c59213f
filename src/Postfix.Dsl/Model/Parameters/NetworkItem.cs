using System;

namespace Postfix.Dsl;

/// <summary>
/// An item of a network list (<c>mynetworks</c>): a network written inline (<c>"192.0.2.0/24"</c>,
/// <c>"[2001:db8::]/32"</c>, <c>"!192.0.2.7"</c>, <c>"$name"</c>, <c>"/file"</c>, <c>"type:table"</c>), or a
/// <see cref="NetworkTable"/> of the host, whose file is written with the reference.
/// Both convert implicitly: <c>Mynetworks = ["127.0.0.0/8", trusted]</c>.
/// </summary>
public sealed record NetworkItem
{
    private NetworkItem(string? text, NetworkTable? table)
    {
        Text = text;
        Table = table;
    }

    /// <summary>The item as written, or null for a table.</summary>
    public string? Text { get; }

    /// <summary>The table of networks, or null for an inline item.</summary>
    public NetworkTable? Table { get; }

    /// <summary>An inline item.</summary>
    public static implicit operator NetworkItem(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null);

    /// <summary>A table of networks of the host.</summary>
    public static implicit operator NetworkItem(NetworkTable table) => new(null, table ?? throw new ArgumentNullException(nameof(table)));

    /// <inheritdoc/>
    public override string ToString() => Text ?? Table!.FileName;
}
