namespace Postfix.Dsl;

/// <summary>
/// A parameter of the host's own that holds text, written as given, e.g. a value several services'
/// <c>-o</c> options share. Referenced through <see cref="CustomParameter.Expansion"/>.
/// </summary>
public sealed record TextParameter : CustomParameter
{
    /// <summary>Defines the parameter <paramref name="name"/> as <paramref name="text"/>.</summary>
    public TextParameter(string name, string text)
        : base(name) => Text = text;

    /// <summary>The value.</summary>
    public string Text { get; }

    internal override object Value => Text;

    internal override ParameterKind Kind => ParameterKind.String;
}
