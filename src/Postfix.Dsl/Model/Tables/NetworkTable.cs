using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A cidr table of networks for a network list such as <c>mynetworks</c>, where Postfix asks only
/// whether a client's address is in one of them (the answer is ignored). Written as
/// <c>network OK</c> lines, referenced as <c>cidr:/etc/postfix/mynetworks</c>, read at process start.
/// A network wider than /8 in <c>mynetworks</c> is PFX0007, as it is inline.
/// </summary>
/// <example><code>
/// var trusted = new NetworkTable { FileName = "mynetworks", Networks = ["127.0.0.0/8", "::1/128", "192.0.2.0/24"] };
/// MainCf = new() { Mynetworks = [trusted], ... }
/// </code></example>
public sealed record NetworkTable : LookupTable
{
    /// <summary>Always <see cref="TableType.Cidr"/>.</summary>
    public override TableType Type { get => TableType.Cidr; init => FixedType.Require(value, TableType.Cidr, nameof(NetworkTable)); }

    /// <summary>The networks, as <c>address/prefix</c> (IPv6 without brackets, as cidr_table(5) reads them) or a single address.</summary>
    public IReadOnlyList<string> Networks { get => _networks; init => _networks = ValueList.Of(value); }

    private readonly IReadOnlyList<string> _networks = ValueList.Of<string>([]);
}
