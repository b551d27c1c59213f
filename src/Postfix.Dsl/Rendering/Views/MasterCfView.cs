using System.Collections.Generic;
using System.IO;

namespace Postfix.Dsl;

/// <summary>What master.cf.scriban lays out.</summary>
internal sealed record MasterCfView(string Header, IReadOnlyList<ServiceView> Services) : ITemplateModel
{
    public object? Member(string name) => name switch
    {
        "header" => Header,
        "services" => Services,
        _ => null,
    };
}

/// <summary>
/// One service: the eight columns as written, the same columns aligned on the header's tab stops,
/// then its continuation lines (<c>-o</c> overrides, then arguments).
/// </summary>
internal sealed record ServiceView(
    string Columns,
    string Name,
    string Type,
    string Private,
    string Unpriv,
    string Chroot,
    string Wakeup,
    string Maxproc,
    string Command,
    IReadOnlyList<string> ContinuationLines) : IRowView
{
    /// <summary>How far a continuation line is indented.</summary>
    public const string Indent = "  ";

    /// <summary>The service as written: its aligned columns, then each continuation line (without the last newline).</summary>
    public string Line => RowText.WithContinuations(Columns, Indent, ContinuationLines);

    /// <summary>Writes the service's lines, each with its newline.</summary>
    public void WriteTo(TextWriter writer) => RowText.WithContinuations(writer, Columns, Indent, ContinuationLines);
}
