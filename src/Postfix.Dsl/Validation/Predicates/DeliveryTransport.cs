namespace Postfix.Dsl;

/// <summary>
/// What a delivery transport is (PFX0023): the part before the first ':' of a transport(5) route or
/// of a <c>transport:nexthop</c> parameter value such as <c>default_transport</c> or
/// <c>content_filter</c>. The queue manager (or local, smtp, when they pass mail on) connects to
/// <c>private/NAME</c>, so the name must be a <c>unix</c> service of the host's master.cf.
/// </summary>
internal static class DeliveryTransport
{
    /// <summary>
    /// The transport that <paramref name="value"/> names, or null when there is none to check: an
    /// empty value or transport (Postfix's default applies), or one holding a <c>$</c> expansion,
    /// which only Postfix resolves (<c>$default_transport</c>, <c>${name:smtp}</c>).
    /// </summary>
    public static string? LiteralName(string value)
    {
        var colon = value.IndexOf(':');
        var transport = colon < 0 ? value : value.Substring(0, colon);
        return transport.Length == 0 || value.StartsWith("$", System.StringComparison.Ordinal) || transport.Contains("$") ? null : transport;
    }

    /// <summary>Whether <paramref name="transport"/> is a <c>unix</c> service of <paramref name="masterCf"/>.</summary>
    public static bool IsService(MasterCf masterCf, string transport) => masterCf.Find(transport, ServiceType.Unix) is not null;
}
