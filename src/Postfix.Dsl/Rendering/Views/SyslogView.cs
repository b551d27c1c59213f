using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>What syslog.conf.scriban lays out.</summary>
internal sealed record SyslogView(string Header, IReadOnlyList<SyslogLineView> Rules) : ITemplateModel
{
    public object? Member(string name) => name switch
    {
        "header" => Header,
        "rules" => Rules,
        _ => null,
    };
}

/// <summary>One syslog.conf line: the selectors and the destination, as written, and the aligned line.</summary>
internal sealed record SyslogLineView(string Selector, string Destination) : IRowView
{
    /// <summary>The line as written: the selector column aligned (<see cref="Alignment"/>).</summary>
    public string Line => Alignment.TwoColumns(Selector, Alignment.SyslogSelectorWidth, Destination);
}
