using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>One <c>-o name=value</c> of a master.cf service.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Value">The value the daemon receives.</param>
public sealed record MasterCfOverride(string Name, string Value);

/// <summary>One master.cf service as Postfix reads it: the eight fields as written, then the command's words.</summary>
/// <param name="Service">Service name.</param>
/// <param name="Type">Transport type (<c>inet</c>, <c>unix</c>, ...).</param>
/// <param name="Private">The private field (<c>y</c>, <c>n</c> or <c>-</c>).</param>
/// <param name="Unprivileged">The unpriv field.</param>
/// <param name="Chroot">The chroot field.</param>
/// <param name="Wakeup">The wakeup field.</param>
/// <param name="ProcessLimit">The maxproc field.</param>
/// <param name="Command">The daemon program.</param>
/// <param name="Arguments">The command's arguments other than <c>-o</c> pairs, each <c>{ group }</c> ungrouped, in order.</param>
/// <param name="Overrides">The <c>-o</c> settings in order.</param>
/// <param name="Line">The physical line where the entry starts.</param>
public sealed record MasterCfEntry(
    string Service,
    string Type,
    string Private,
    string Unprivileged,
    string Chroot,
    string Wakeup,
    string ProcessLimit,
    string Command,
    IReadOnlyList<string> Arguments,
    IReadOnlyList<MasterCfOverride> Overrides,
    int Line);

/// <summary>master.cf as Postfix reads it.</summary>
/// <param name="Entries">The services in file order.</param>
/// <param name="Problems">Entries or words Postfix would refuse or ignore.</param>
public sealed record MasterCfFile(IReadOnlyList<MasterCfEntry> Entries, IReadOnlyList<ReadProblem> Problems);

/// <summary>
/// Reads master.cf exactly as Postfix does: logical lines; the first eight fields split on blanks;
/// the command's words split on blanks outside <c>{ }</c>, a <c>{ word }</c> ungrouped; options
/// (words starting with <c>-</c>, up to the first other word) with <c>-o</c> followed by
/// <c>name=value</c> or <c>{ name = value }</c>, also written <c>-oname=value</c>.
/// </summary>
public static class MasterCfReader
{
    private const int FieldCount = 8;

    /// <summary>Reads <paramref name="text"/>; never throws: what Postfix would refuse is a <see cref="ReadProblem"/>.</summary>
    public static MasterCfFile Read(string text)
    {
        var problems = new List<ReadProblem>();
        var entries = new List<MasterCfEntry>();
        foreach (var line in LogicalLines.Read(text, problems))
        {
            if (Entry(line, problems) is { } entry)
            {
                if (entries.Any(e => e.Service == entry.Service && e.Type == entry.Type))
                {
                    problems.Add(new ReadProblem(line.Line, "duplicate service name and type", entry.Service + "/" + entry.Type));
                }

                entries.Add(entry);
            }
        }

        return new MasterCfFile(entries, problems);
    }

    private static string Ungrouped(string word, LogicalLine line, List<ReadProblem> problems)
    {
        var ungrouped = PostfixWords.Ungroup(word, out var error);
        if (error is not null)
        {
            problems.Add(new ReadProblem(line.Line, error, word));
        }

        return ungrouped;
    }

    private static MasterCfEntry? Entry(LogicalLine line, List<ReadProblem> problems)
    {
        // The seven fields before the command are plain words; the command and its arguments may use { }.
        var fields = new List<string>();
        var rest = line.Text;
        for (var i = 0; i < FieldCount - 1; i++)
        {
            var words = PostfixWords.SplitFirst(rest, PostfixWords.Blanks);
            if (words is null)
            {
                problems.Add(new ReadProblem(line.Line, "an entry needs eight fields", line.Text));
                return null;
            }

            fields.Add(words.Value.Word);
            rest = words.Value.Remainder;
        }

        var commandWords = PostfixWords.Split(rest, PostfixWords.Blanks);
        if (commandWords.Count == 0)
        {
            problems.Add(new ReadProblem(line.Line, "an entry needs eight fields", line.Text));
            return null;
        }

        var arguments = new List<string>();
        var overrides = new List<MasterCfOverride>();

        // Like Postfix, options end at the first word that does not start with '-' (or at "--"):
        // an -o after an ordinary argument is an ordinary argument.
        var inOptions = true;
        for (var i = 1; i < commandWords.Count; i++)
        {
            // Options are told apart on the words as written: a { group ends them.
            var word = commandWords[i];
            // A lone "-" ends them too, as getopt(3) in the daemon sees it.
            if (inOptions && (word[0] != '-' || word == "--" || word == "-"))
            {
                inOptions = false;
            }

            if (!inOptions)
            {
                arguments.Add(Ungrouped(word, line, problems));
                continue;
            }

            // "-vo name=value" is "-v" then "-o name=value"; "-oname=value" is "-o" "name=value".
            var o = word.IndexOf('o', 1);
            if (o > 1)
            {
                arguments.Add(word[..o]);
                word = "-" + word[o..];
            }

            if (word.Length < 2 || word[1] != 'o')
            {
                arguments.Add(word);
                continue;
            }

            string? value = word.Length > 2 ? word[2..] : i + 1 < commandWords.Count ? commandWords[++i] : null;
            if (value is null)
            {
                problems.Add(new ReadProblem(line.Line, "-o without a name=value", line.Text));
                arguments.Add(word);
                continue;
            }

            var setting = Ungrouped(value, line, problems);
            if (PostfixWords.SplitNameValue(setting, out var error) is { } pair)
            {
                overrides.Add(new MasterCfOverride(pair.Name, pair.Value));
            }
            else
            {
                problems.Add(new ReadProblem(line.Line, "-o " + error, setting));
            }
        }

        return new MasterCfEntry(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6],
            commandWords[0], arguments, overrides, line.Line);
    }
}
