using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// What a table template with a note and entries lays out (access.scriban, definition.scriban and the
/// key/value tables' templates): the header, the note, and the rows.
/// </summary>
/// <typeparam name="TRow">The row view (an entry as written).</typeparam>
internal sealed record NotedTableView<TRow>(string Header, string Note, IReadOnlyList<TRow> Entries) : ITemplateModel
{
    public object? Member(string name) => name switch
    {
        "header" => Header,
        "note" => Note,
        "entries" => Entries,
        _ => null,
    };
}

/// <summary>One access entry: key and action, as written, and the aligned line.</summary>
internal sealed record AccessEntryView(string Key, string Action) : IRowView
{
    /// <summary>The line as written: the key column aligned (<see cref="Alignment"/>).</summary>
    public string Line => Alignment.TwoColumns(Key, Alignment.TableKeyWidth, Action);
}

/// <summary>What regexp.scriban lays out: the rule lines in order (if/endif included; never indented, as Postfix requires).</summary>
internal sealed record RegexpTableView(string Header, string Reference, IReadOnlyList<RegexpLineView> Lines) : ITemplateModel
{
    public object? Member(string name) => name switch
    {
        "header" => Header,
        "reference" => Reference,
        "lines" => Lines,
        _ => null,
    };
}

/// <summary>One line of a regexp table: the pattern (with delimiters and flags) and the action, empty for if/endif.</summary>
internal sealed record RegexpLineView(string Pattern, string Action) : IRowView
{
    /// <summary>The line as written: an if/endif alone, a rule with its pattern column aligned (<see cref="Alignment"/>).</summary>
    public string Line => Action.Length == 0 ? Pattern : Alignment.TwoColumns(Pattern, Alignment.TableKeyWidth, Action);
}

/// <summary>One entry of a key/value table: the key and the value as written, and the aligned line.</summary>
internal sealed record KeyValueRowView(string Key, string Value) : IRowView
{
    /// <summary>The line as written: the key column aligned (<see cref="Alignment"/>).</summary>
    public string Line => Alignment.TwoColumns(Key, Alignment.TableKeyWidth, Value);

    /// <summary>The value under the name transport templates have used (<c>entry.route</c>), so a user's transport.scriban keeps working.</summary>
    public string Route => Value;
}
