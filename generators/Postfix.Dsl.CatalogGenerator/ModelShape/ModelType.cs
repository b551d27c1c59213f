using System.Collections.Generic;

namespace Postfix.Dsl.Generators.ModelShape;

/// <summary>One model class and the properties the walk reads, in the order reflection lists them.</summary>
internal sealed record ModelType(string Name, string FullName, IReadOnlyList<ModelProperty> Properties);
