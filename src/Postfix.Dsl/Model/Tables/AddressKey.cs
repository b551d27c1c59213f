namespace Postfix.Dsl;

/// <summary>The kinds of key of the address tables (canonical(5), generic(5), relocated(5), login and bcc maps).</summary>
public enum AddressKeyKind
{
    /// <summary><c>user@domain</c>.</summary>
    Address,

    /// <summary><c>user</c>: only for addresses in the host's own domains.</summary>
    User,

    /// <summary><c>@domain</c>: every other address of the domain.</summary>
    Domain,
}

/// <summary>A key of an address table: <c>user@domain</c>, <c>user</c> or <c>@domain</c>.</summary>
public sealed record AddressKey
{
    private AddressKey(AddressKeyKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>What the key matches.</summary>
    public AddressKeyKind Kind { get; }

    /// <summary>The key as written.</summary>
    public string Text { get; }

    /// <summary><c>alice@example.org</c>.</summary>
    public static AddressKey Address(string address) => new(AddressKeyKind.Address, address);

    /// <summary><c>alice</c>: the local part, in the host's own domains.</summary>
    public static AddressKey User(string localPart) => new(AddressKeyKind.User, localPart);

    /// <summary><c>@example.org</c>: every other address of the domain.</summary>
    public static AddressKey Domain(string domain) => new(AddressKeyKind.Domain, "@" + domain);

    /// <summary>An address key.</summary>
    public static implicit operator AddressKey(string address) => Address(address);

    /// <summary>What is wrong with the key, or null.</summary>
    internal string? Problem => Kind switch
    {
        AddressKeyKind.Address => AccessTableChecks.AddressProblem(Text),
        AddressKeyKind.Domain => HostNameSyntax.IsValid(Text, 1) ? null : "is not @ followed by a valid domain name",
        _ => Text.Length == 0 || Text.IndexOfAny([' ', '\t', '@', ',']) >= 0 ? "is not a local part" : null,
    };
}
