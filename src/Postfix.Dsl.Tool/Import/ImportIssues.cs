using System.Collections.Generic;

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

    public void AddObsolete(string? id)
    {
        if (id is not null)
        {
            _obsolete.Add(id);
        }
    }
}
