using System.Collections.Generic;

namespace Postfix.Dsl.Tests.Corpus;

/// <summary>
/// One real configuration from a public source, typed into the DSL as a user would: the original
/// files sit in <c>Corpus/&lt;Folder&gt;/original</c> with a SOURCE.md naming where they come from and
/// their licence; <see cref="Host"/> is the C# that must mean exactly the same to Postfix.
/// </summary>
/// <param name="Folder">The case's folder under <c>Corpus/</c>.</param>
/// <param name="Host">The configuration as typed into the DSL.</param>
/// <param name="Tables">Tables the host generates, each with the original file it replaces and the keys to ask both.</param>
/// <param name="ExpectedFindings">
/// The warnings and notes validation gives, as <c>PFXnnnn location</c>, each a true finding about the
/// original (its reason is in SOURCE.md); anything else is a false finding and fails the test.
/// </param>
/// <param name="OriginalWarnings">
/// What the real postconf warns about the original itself, each matched by a substring; the generated
/// files must draw none, and each is reported as one of <see cref="ExpectedFindings"/>.
/// </param>
internal sealed record CorpusCase(
    string Folder,
    MailHost Host,
    IReadOnlyList<CorpusTable> Tables,
    IReadOnlyList<string> ExpectedFindings,
    IReadOnlyList<string> OriginalWarnings)
{
    /// <summary>
    /// Rules the host acknowledges in one line, as <c>[SuppressMessage("Postfix.Dsl", "PFXnnnn")]</c> on
    /// its member would (the reason is in SOURCE.md): PFX0310 for table files the stack's own
    /// scripts generate at start-up, for instance.
    /// </summary>
    public IReadOnlyList<string> SuppressedRules { get; init; } = [];

    public override string ToString() => Folder;
}

/// <summary>A table the corpus host generates in place of an original file.</summary>
/// <param name="Generated">The host's file name.</param>
/// <param name="Original">The original file's name in the case's <c>original</c> folder.</param>
/// <param name="Type">The lookup type both are read with (<c>cidr</c>, <c>pcre</c>, <c>hash</c>...).</param>
/// <param name="Queries">The strings to look up in both; for a keyed table, every key.</param>
internal sealed record CorpusTable(string Generated, string Original, string Type, IReadOnlyList<string> Queries);
