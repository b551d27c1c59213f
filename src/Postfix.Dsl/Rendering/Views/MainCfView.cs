using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>What main.cf.scriban lays out.</summary>
internal sealed record MainCfView(string Header, IReadOnlyList<MainCfEntryView> Parameters);

/// <summary>One parameter: its first line, and the items that follow on continuation lines when the list is wrapped.</summary>
internal sealed record MainCfEntryView(string Name, string FirstLine, IReadOnlyList<string> ContinuationLines);
