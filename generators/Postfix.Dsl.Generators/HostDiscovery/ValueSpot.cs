namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>
/// Where a host's definition sets a value, by its model path (<c>MainCf.Mynetworks</c>), so an
/// emit-time error points at the assignment that set it. <paramref name="Value"/> is a string
/// literal's value, or null for the assignment as a whole.
/// </summary>
internal sealed record ValueSpot(string Path, string? Value, int Line, int Column);
