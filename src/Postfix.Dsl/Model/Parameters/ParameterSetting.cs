namespace Postfix.Dsl;

/// <summary>One parameter that a <see cref="Parameters"/> object sets, with its typed value.</summary>
/// <param name="Descriptor">The parameter.</param>
/// <param name="Value">The value as the model holds it (bool, int, <see cref="PostfixTime"/>, a list, ...).</param>
public sealed record ParameterSetting(ParameterDescriptor Descriptor, object Value)
{
    /// <summary>The Postfix name of the parameter.</summary>
    public string Name => Descriptor.Name;
}
