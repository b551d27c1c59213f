using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Postfix.Dsl.Tool.Import.CodeSyntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Postfix.Dsl.Tool.Import;

/// <summary>
/// A restriction list as the typed entries a person writes with <c>using static Postfix.Dsl.Restrictions;</c>:
/// <c>PermitMynetworks</c>, <c>CheckClientAccess("hash:/etc/postfix/access")</c>,
/// <c>RejectRblClient("zen.spamhaus.org")</c>, <c>Restriction.Expand(...)</c> for <c>$name</c>, and
/// <c>Restriction.LookupIn(...)</c> for a table alone.
/// </summary>
internal static class RestrictionCode
{
    /// <summary>The entries of <paramref name="words"/>; the host's own lists, tables and classes are named by their fields.</summary>
    public static ExpressionSyntax? Of(IReadOnlyList<string> words, ImportIssues issues, out string? problem,
        IReadOnlyDictionary<string, string>? ownLists = null, TableObjects? tables = null, IReadOnlyDictionary<string, string>? classes = null)
    {
        problem = null;
        var entries = new List<ExpressionSyntax>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.StartsWith('$') && ownLists is not null && ownLists.TryGetValue(word.Trim('$', '{', '}'), out var field))
            {
                entries.Add(IdentifierName(field));
                continue;
            }

            if (word.StartsWith('$'))
            {
                entries.Add(Call(Member("Restriction", "Expand"), ValueCode.Expand(word)));
                continue;
            }

            if (classes is not null && classes.TryGetValue(word, out var restrictionClass))
            {
                entries.Add(IdentifierName(restrictionClass));
                continue;
            }

            if (ListItemReferences.IsTableReference(word))
            {
                entries.Add(Call(Member("Restriction", "LookupIn"), String(word)));
                continue;
            }

            if (!ModelMembers.Restrictions.TryGetValue(word, out var member))
            {
                problem = $"names \"{word}\", which is no restriction the model has (a restriction class of the host's own?)";
                return null;
            }

            issues.Explain(member);
            if (member is PropertyInfo)
            {
                entries.Add(IdentifierName(member.Name));
                continue;
            }

            if (i + 1 >= words.Count)
            {
                problem = $"ends with \"{word}\", which needs an argument";
                return null;
            }

            var argument = words[++i];
            var parameter = ((MethodInfo)member).GetParameters()[0].ParameterType;
            var value = parameter == typeof(int) && int.TryParse(argument, out var seconds) ? Number(seconds)
                : parameter == typeof(TableReference) ? tables?.Access(argument) ?? String(argument)
                : String(argument);
            entries.Add(Call(IdentifierName(member.Name), value));
        }

        return Collection(entries);
    }
}
