namespace Postfix.Dsl.Generators.ModelShape;

/// <summary>A property: its name, whether it needs a value (not annotated nullable), and whether it is a string.</summary>
internal sealed record ModelProperty(string Name, bool Required, bool Leaf);
