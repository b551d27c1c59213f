using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl.Tool.Import;

/// <summary>
/// What an import could not type and what it kept as the original has it: each value that went
/// through the escape hatch (with the reason, printed on stderr) and each obsolete form the code
/// uses (the compiler reports it; the ID is suppressed around the definition with this reason).
/// </summary>
internal sealed class ImportIssues
{
    private readonly List<string> _untyped = [];
    private readonly SortedSet<string> _obsolete = new(System.StringComparer.Ordinal);

    /// <summary>One line per value written raw: <c>file:line: name: reason</c>.</summary>
    public IReadOnlyList<string> Untyped => _untyped;

    /// <summary>The compiler IDs of the obsolete forms the code uses (PFX0300, PFX0301, PFX0302...).</summary>
    public IReadOnlyCollection<string> Obsolete => _obsolete;

    /// <summary>With --modernize: each obsolete form replaced, or kept because nothing replaces it mechanically.</summary>
    public List<string> Modernized { get; } = [];

    /// <summary>Counts for the figures: values typed and values written raw.</summary>
    public int TypedValues { get; set; }

    public void AddUntyped(string where, string name, string reason) => _untyped.Add($"{where}: {name}: {reason}");

    private readonly List<string> _explanations = [];

    /// <summary>
    /// Records that the code uses <paramref name="member"/>, if it is obsolete: its compiler ID for the
    /// file's pragma, and its message for the comment of the item being written (<see cref="TakeExplanations"/>).
    /// </summary>
    public void Explain(System.Reflection.MemberInfo member)
    {
        if (member.GetCustomAttributes(typeof(System.ObsoleteAttribute), false).FirstOrDefault() is System.ObsoleteAttribute obsolete)
        {
            var id = obsolete.DiagnosticId ?? "CS0618";
            _obsolete.Add(id);
            var text = $"{id}: {obsolete.Message} Kept as the original has it.";
            if (!_explanations.Contains(text))
            {
                _explanations.Add(text);
            }
        }
    }

    /// <summary>The explanations recorded since the last call, as one comment, or null.</summary>
    public string? TakeExplanations()
    {
        var text = _explanations.Count == 0 ? null : string.Join("\n", _explanations);
        _explanations.Clear();
        return text;
    }

    /// <summary><paramref name="comment"/> and <paramref name="explanations"/>, each on its lines.</summary>
    public static string? Join(string? comment, string? explanations) =>
        comment is null ? explanations : explanations is null ? comment : comment + "\n" + explanations;
}
