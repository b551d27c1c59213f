namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>A string literal of the host's declaring type and where it is (1-based), so errors can point at it.</summary>
internal readonly record struct LiteralSpot(string Value, int Line, int Column);
