using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// One node handed to an analysis by <see cref="ModelNodes"/>: the node, its file's semantic model,
/// and where to report. The analyzers' own context type, since Roslyn's <c>SyntaxNodeAnalysisContext</c>
/// is created only by the driver's per-node callbacks, which <see cref="ModelNodes"/> avoids.
/// </summary>
internal readonly struct ModelNodeContext
{
    private readonly Action<Diagnostic> report;

    public ModelNodeContext(SyntaxNode node, SemanticModel semanticModel, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Node = node;
        SemanticModel = semanticModel;
        this.report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The object creation or <c>with</c> expression.</summary>
    public SyntaxNode Node { get; }

    /// <summary>The semantic model of the node's file.</summary>
    public SemanticModel SemanticModel { get; }

    /// <summary>Cancels the analysis when the editor no longer needs it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a diagnostic.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);
}
