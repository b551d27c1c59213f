namespace Postfix.Dsl;

/// <summary>One line of a transport table.</summary>
/// <param name="Key">The recipient address, domain or domain hierarchy that is looked up.</param>
/// <param name="Route">Where and how mail for it is delivered.</param>
public sealed record TransportEntry(TransportKey Key, TransportRoute Route);
