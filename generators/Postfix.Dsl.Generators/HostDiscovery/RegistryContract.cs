namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>
/// What the generated registry and the build's emitter agree on, in one place: compiled into both
/// (the emitter links this file; it references nothing else).
/// </summary>
internal static class RegistryContract
{
    /// <summary>The registry's type, which an assembly from an older generator is still found by.</summary>
    public const string TypeName = "Postfix.Dsl.Generated.PostfixHosts";

    /// <summary>The registry's entry point: <c>static int Emit(string[] args)</c>.</summary>
    public const string MethodName = "Emit";

    /// <summary>Followed by the assembly's name, the AppContext name the registry's module initializer stores the entry point under.</summary>
    public const string KeyPrefix = TypeName + "." + MethodName + "/";
}
