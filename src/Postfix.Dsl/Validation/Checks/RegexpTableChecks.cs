using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>Checks a regexp or pcre table: its type, delimiters, flags, and every action (a content-check or an access(5) action).</summary>
internal static class RegexpTableChecks
{
    private const PatternFlags RegexpFlags = PatternFlags.CaseSensitive | PatternFlags.MultiLine | PatternFlags.BasicSyntax;

    private const PatternFlags PcreFlags = PatternFlags.CaseSensitive | PatternFlags.MultiLine | PatternFlags.DotExcludesNewline
        | PatternFlags.FreeSpacing | PatternFlags.Anchored | PatternFlags.DollarEndOnly | PatternFlags.Ungreedy;

    public static void Check(ValidationContext context, RegexpTable table)
    {
        if (table.Type is not (TableType.Regexp or TableType.Pcre))
        {
            context.Report(ValidationRules.InvalidTableType, table.FileName, "type", EnumText.Of(table.Type),
                "cannot hold patterns", "TableType.Regexp or TableType.Pcre");
            return;
        }

        CheckRules(context, table, table.Rules);
    }

    private static void CheckRules(ValidationContext context, RegexpTable table, IReadOnlyList<RegexpRule> rules)
    {
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case RegexpMatch match:
                    if (CheckPattern(context, table, match.Pattern))
                    {
                        CheckAction(context, table, match);
                    }

                    break;
                case RegexpAccess access:
                    if (CheckPattern(context, table, access.Pattern)
                        && !(access.Action.Text is { } accessText && ParameterChecks.ReportControlCharacters(context, table.FileName, $"action of /{access.Pattern.Text}/", [accessText])))
                    {
                        AccessTableChecks.CheckAction(context, table.FileName, access.Pattern.Text, access.Action, "pattern ");
                    }

                    break;
                case RegexpIf block:
                    CheckPattern(context, table, block.Pattern);
                    CheckRules(context, table, block.Rules);
                    break;
            }
        }
    }

    /// <summary>Checks one pattern; false when it is too broken to look further.</summary>
    private static bool CheckPattern(ValidationContext context, RegexpTable table, Pattern pattern)
    {
        var artifact = table.FileName;
        var location = "pattern";
        if (ParameterChecks.ReportControlCharacters(context, artifact, location, [pattern.Text]))
        {
            return false;
        }

        if (pattern.Text.Length == 0)
        {
            context.Report(ValidationRules.Unwritable, artifact, location, pattern.Text, "is empty", "a regular expression");
            return false;
        }

        var delimiter = pattern.Delimiter;
        if (!IsUsableDelimiter(delimiter))
        {
            context.Report(ValidationRules.DelimiterInPattern, artifact, location, delimiter.ToString(),
                "cannot be a pattern delimiter", "a printable ASCII character other than a letter, a digit, a blank, '#' (a line starting with it is a comment), '!' (negation) or '\\', e.g. / % | or ;");
            return false;
        }

        if (pattern.Text.Contains(delimiter))
        {
            context.Report(ValidationRules.DelimiterInPattern, artifact, location, pattern.Text,
                $"contains its delimiter '{delimiter}', which would end the pattern early",
                $"another delimiter that the pattern does not contain, e.g. new Pattern(...) {{ Delimiter = '{SuggestDelimiter(pattern.Text)}' }}");
            return false;
        }

        var allowed = table.Type == TableType.Pcre ? PcreFlags : RegexpFlags;
        if ((pattern.Flags & ~allowed) != 0)
        {
            context.Report(ValidationRules.InvalidPatternFlag, artifact, location, pattern.Text,
                $"uses flags {pattern.Flags & ~allowed} that a {EnumText.Of(table.Type)} table does not have",
                $"only {allowed}");
            return false;
        }

        // The engine Postfix itself uses decides whether the pattern compiles.
        var flagNames = pattern.Flags.ToString().Split(", ");
        var engine = table.Type == TableType.Pcre ? Pcre2Regex.Problem(pattern.Text, flagNames) : PosixRegex.Problem(pattern.Text, flagNames);
        if (engine is not null)
        {
            context.Report(ValidationRules.InvalidPattern, artifact, location, pattern.Text, RuleTexts.InvalidPattern(pcre: table.Type == TableType.Pcre, engine));
            return false;
        }

        return true;
    }

    private static void CheckAction(ValidationContext context, RegexpTable table, RegexpMatch match)
    {
        var location = $"action of /{match.Pattern.Text}/";
        if (match.Action.Text is { } text
            && !ParameterChecks.ReportControlCharacters(context, table.FileName, location, [text])
            && text.Trim() != text)
        {
            context.Report(ValidationRules.SurroundingWhitespace, table.FileName, location, text,
                "starts or ends with whitespace, which Postfix strips", "the text without leading or trailing whitespace");
        }

        DeliveryTransportChecks.CheckFilterAction(context, table.FileName, location, match.Action.Keyword, match.Action.Text);
    }

    /// <summary>
    /// Postfix accepts any non-alphanumeric, non-blank delimiter, but a rule line starting with '#'
    /// is a comment and '!' would read as negation, so those never work at the start of a rule.
    /// </summary>
    private static bool IsUsableDelimiter(char delimiter) =>
        delimiter is > ' ' and <= '~' && !char.IsAsciiLetterOrDigit(delimiter) && delimiter is not ('#' or '!' or '\\');

    private static char SuggestDelimiter(string pattern)
    {
        foreach (var candidate in "%|;,~:=@")
        {
            if (!pattern.Contains(candidate))
            {
                return candidate;
            }
        }

        return '%';
    }
}
