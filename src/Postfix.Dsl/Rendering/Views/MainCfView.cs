using System.Collections.Generic;
using System.IO;

namespace Postfix.Dsl;

/// <summary>What main.cf.scriban lays out.</summary>
internal sealed record MainCfView(string Header, IReadOnlyList<MainCfEntryView> Parameters) : ITemplateModel
{
    public object? Member(string name) => name switch
    {
        "header" => Header,
        "parameters" => Parameters,
        _ => null,
    };
}

/// <summary>One parameter: its first line, and the items that follow on continuation lines when the list is wrapped.</summary>
internal sealed record MainCfEntryView(string Name, string FirstLine, IReadOnlyList<string> ContinuationLines) : IRowView
{
    /// <summary>How far a continuation line is indented.</summary>
    public const string Indent = "    ";

    /// <summary>The parameter as written: its first line, then each continuation line (without the last newline).</summary>
    public string Line => RowText.WithContinuations(FirstLine, Indent, ContinuationLines);

    /// <summary>Writes the parameter's lines, each with its newline.</summary>
    public void WriteTo(TextWriter writer) => RowText.WithContinuations(writer, FirstLine, Indent, ContinuationLines);
}
