using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Runs an analysis on the object creations and <c>with</c> expressions that can build Postfix.Dsl
/// model objects, and does nothing anywhere else. Each file is looked at once, as a whole:
/// <list type="bullet">
/// <item>a file that names Postfix.Dsl (a using, a namespace, a qualified name) or that a global using
/// or alias brings it into has every node of the asked kinds analyzed;</item>
/// <item>any other file can only reach the model through a <c>with</c> or a target-typed <c>new()</c>
/// on a value typed elsewhere, so only those whose initializer assigns a property name that some model
/// type has are analyzed — a check of names, with no semantic work;</item>
/// <item>a compilation that does not reference Postfix.Dsl registers nothing.</item>
/// </list>
/// This keeps the cost of a file that uses no Postfix.Dsl type to one text scan: per-node callbacks
/// (the driver's syntax node actions) cost about 0.2 ms per file even when they return at once.
/// </summary>
internal static class ModelNodes
{
    /// <summary>Registers <paramref name="analyze"/> for the nodes of <paramref name="kinds"/> that may build model objects.</summary>
    public static void Register(AnalysisContext context, Action<ModelNodeContext> analyze, params SyntaxKind[] kinds)
    {
        var wanted = ImmutableHashSet.Create(kinds);
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            // By file name: looking a type or an assembly name up loads the symbols of every reference.
            if (!compilation.References.Any(IsModelReference))
            {
                return; // Postfix.Dsl is not referenced
            }

            var everyFile = compilation.SyntaxTrees.Any(GloballyImportsModel);
            var propertyNames = new Lazy<HashSet<string>>(() => new HashSet<string>(
                ModelAssembly(compilation)?.GetTypeByMetadataName(ModelTypes.MailHost)?.ContainingNamespace.GetTypeMembers().SelectMany(type => type.MemberNames)
                ?? Enumerable.Empty<string>(), StringComparer.Ordinal));
            start.RegisterSyntaxTreeAction(file =>
            {
                var text = file.Tree.GetText(file.CancellationToken).ToString();
                var namesModel = everyFile || text.IndexOf("Postfix.Dsl", StringComparison.Ordinal) >= 0;
                if (!namesModel && text.IndexOf("with", StringComparison.Ordinal) < 0 && text.IndexOf("new", StringComparison.Ordinal) < 0)
                {
                    return;
                }

                SemanticModel? model = null;
                var root = file.Tree.GetRoot(file.CancellationToken);
                var nodes = namesModel ? root.DescendantNodes().Where(node => wanted.Contains(node.Kind()))
                    : CopyCandidates(root, text, propertyNames.Value).Where(node => wanted.Contains(node.Kind()) && MayCopyModel(node, propertyNames.Value));
                foreach (var node in nodes)
                {
                    // One semantic model per file that uses Postfix.Dsl, made only then: the driver's
                    // per-node callbacks, which would hand one over, cost every other file too.
#pragma warning disable RS1030
                    model ??= compilation.GetSemanticModel(file.Tree);
#pragma warning restore RS1030
                    analyze(new ModelNodeContext(node, model, file.ReportDiagnostic, file.CancellationToken));
                }
            });
        });
    }

    /// <summary>
    /// The <c>with</c> expressions and target-typed <c>new()</c> of a file that may copy a model object,
    /// found from the text: a keyword whose initializer starts with <c>Name =</c> where a model type
    /// has a property Name (every member a model initializer assigns is one), or a <c>new</c> assigned
    /// to such a name. Only those occurrences are looked up as tokens; the tree is not walked. Text the
    /// scan cannot judge (a comment or directive where the name would be) is looked up too.
    /// </summary>
    private static IEnumerable<SyntaxNode> CopyCandidates(SyntaxNode root, string text, HashSet<string> propertyNames)
    {
        foreach (var (keyword, kind) in new[] { ("with", SyntaxKind.WithKeyword), ("new", SyntaxKind.NewKeyword) })
        {
            for (var at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(keyword, at + keyword.Length, StringComparison.Ordinal))
            {
                if (!MayStartCopy(text, at, keyword.Length, propertyNames))
                {
                    continue;
                }

                var token = root.FindToken(at);
                if (token.IsKind(kind) && token.SpanStart == at && token.Parent is { } parent)
                {
                    yield return parent;
                }
            }
        }
    }

    private static bool MayStartCopy(string text, int at, int length, HashSet<string> propertyNames)
    {
        // `Name = new`: the value of a model property.
        var before = SkipBack(text, at - 1);
        if (before >= 0 && text[before] == '=' && (before == 0 || text[before - 1] is not ('=' or '!' or '<' or '>')))
        {
            var end = SkipBack(text, before - 1);
            var start = end;
            while (start >= 0 && IsNameChar(text[start]))
            {
                start--;
            }

            if (end > start && propertyNames.Contains(text.Substring(start + 1, end - start)))
            {
                return true;
            }
        }

        // `with {` or `new(...) {`, then the first member's name.
        var next = Skip(text, at + length);
        if (length == 3 && next < text.Length && text[next] == '(')
        {
            var close = text.IndexOf(')', next);
            next = close < 0 ? text.Length : Skip(text, close + 1);
        }

        if (next >= text.Length || text[next] != '{')
        {
            return next < text.Length && text[next] is '/' or '#';
        }

        var nameStart = Skip(text, next + 1);
        if (nameStart < text.Length && text[nameStart] is '/' or '#')
        {
            return true;
        }

        var nameEnd = nameStart;
        while (nameEnd < text.Length && IsNameChar(text[nameEnd]))
        {
            nameEnd++;
        }

        return nameEnd > nameStart && propertyNames.Contains(text.Substring(nameStart, nameEnd - nameStart));
    }

    private static int Skip(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int SkipBack(string text, int at)
    {
        while (at >= 0 && char.IsWhiteSpace(text[at]))
        {
            at--;
        }

        return at;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';

    private static bool IsModelReference(MetadataReference reference) =>
        reference is CompilationReference project ? project.Compilation.AssemblyName == "Postfix.Dsl"
            : string.Equals(System.IO.Path.GetFileName(reference.Display), "Postfix.Dsl.dll", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The <c>with</c> expressions and target-typed <c>new()</c> of a file, found from the text: each
    /// occurrence of the keyword is looked up as a token, so the tree is not walked.
    /// </summary>
    private static IEnumerable<SyntaxNode> CopyCandidates(SyntaxNode root, string text)
    {
        foreach (var (keyword, kind) in new[] { ("with", SyntaxKind.WithKeyword), ("new", SyntaxKind.NewKeyword) })
        {
            for (var at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(keyword, at + keyword.Length, StringComparison.Ordinal))
            {
                var token = root.FindToken(at);
                if (token.IsKind(kind) && token.SpanStart == at && token.Parent is { } parent)
                {
                    yield return parent;
                }
            }
        }
    }

    /// <summary>The referenced Postfix.Dsl assembly, found without loading the symbols of every other reference.</summary>
    private static IAssemblySymbol? ModelAssembly(Compilation compilation)
    {
        foreach (var reference in compilation.References)
        {
            if (IsModelReference(reference) && compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol { Name: "Postfix.Dsl" } assembly)
            {
                return assembly;
            }
        }

        return null;
    }

    /// <summary>
    /// A <c>global using</c> of Postfix.Dsl (or an alias into it), which brings the model into every
    /// file; global usings stand at the top of a file, so only those few nodes are read.
    /// </summary>
    private static bool GloballyImportsModel(SyntaxTree tree) =>
        tree.GetRoot() is CompilationUnitSyntax unit
        && unit.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && u.Name?.ToString().StartsWith("Postfix.Dsl", StringComparison.Ordinal) == true);

    /// <summary>
    /// For a file that does not name the model: a <c>with</c> or target-typed <c>new()</c> that assigns
    /// a property some model type has (or that is itself assigned to one, like <c>MainCf = new()</c>).
    /// </summary>
    private static bool MayCopyModel(SyntaxNode node, HashSet<string> propertyNames)
    {
        var initializer = node switch
        {
            WithExpressionSyntax with => with.Initializer,
            ImplicitObjectCreationExpressionSyntax creation => creation.Initializer,
            _ => null,
        };
        if (initializer is null && node is not ImplicitObjectCreationExpressionSyntax)
        {
            return false;
        }

        if (node.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } && propertyNames.Contains(target.Identifier.ValueText))
        {
            return true;
        }

        foreach (var expression in initializer?.Expressions ?? default)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } && propertyNames.Contains(left.Identifier.ValueText))
            {
                return true;
            }
        }

        return false;
    }
}
