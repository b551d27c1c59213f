using Postfix.Dsl.Generators.Common;

namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>Everything the registry is written from; equatable, so an unchanged input skips emitting.</summary>
internal sealed record RegistryInput(EquatableArray<HostMember> Hosts, bool UsesLibrary, string AssemblyName, string ProjectDirectory);
