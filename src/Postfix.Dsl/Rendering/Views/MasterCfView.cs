using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>What master.cf.scriban lays out.</summary>
internal sealed record MasterCfView(string Header, IReadOnlyList<ServiceView> Services);

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
    IReadOnlyList<string> ContinuationLines);
