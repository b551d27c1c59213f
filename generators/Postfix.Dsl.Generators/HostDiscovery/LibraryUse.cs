namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>The compilation's assembly name, and whether it uses (and is not) the Postfix.Dsl library.
/// A class, as every pipeline value (see <see cref="Common.EquatableArray{T}"/>).</summary>
internal sealed record LibraryUse(string AssemblyName, bool UsesLibrary);
