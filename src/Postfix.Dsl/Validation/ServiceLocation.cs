namespace Postfix.Dsl;

/// <summary>How a validation message names a master.cf service, and the <c>-o</c> overrides of one.</summary>
internal static class ServiceLocation
{
    /// <summary><c>service smtp/inet</c></summary>
    public static string Of(Service service) => RuleTexts.Service(service.Name, EnumText.Of(service.Type));

    /// <summary><c>service smtp/inet -o </c>, followed by the parameter's name.</summary>
    public static string Overrides(Service service) => Of(service) + " -o ";
}
