using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A table list of the host's own, e.g. <c>smtp_header_checks</c> named for a <c>-o header_checks=$smtp_header_checks</c>.
/// Used as a table (it converts to <see cref="TableReference"/>), it is written <c>$name</c>; its
/// <c>name = ...</c> line is written to main.cf, and tables of the host it names are generated.
/// </summary>
public sealed record TableListParameter : CustomParameter
{
    /// <summary>Defines the parameter <paramref name="name"/> as <paramref name="tables"/>.</summary>
    public TableListParameter(string name, IReadOnlyList<TableReference> tables)
        : base(name) => Tables = ValueList.Of(tables);

    /// <summary>The tables the parameter names.</summary>
    public IReadOnlyList<TableReference> Tables { get; }

    internal override object Value => Tables;

    internal override ParameterKind Kind => ParameterKind.Maps;

    /// <summary>The table list item <c>$name</c>.</summary>
    public static implicit operator TableReference(TableListParameter parameter) => new TableExpansion(Expansion.Of(parameter));
}
