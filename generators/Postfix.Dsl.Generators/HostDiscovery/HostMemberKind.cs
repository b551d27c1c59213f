namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>How the registry reads a host member.</summary>
internal enum HostMemberKind
{
    PropertyOrField,
    Method,
}
