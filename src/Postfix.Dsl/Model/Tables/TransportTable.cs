namespace Postfix.Dsl;

/// <summary>
/// A transport(5) table: recipient addresses and domains mapped to the delivery transport and next
/// hop that trivial-rewrite(8) picks for them, in order. Referenced from <c>TransportMaps</c>.
/// </summary>
public sealed record TransportTable : EntryTable<TransportEntry>;
