using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Postfix.Dsl.Tool.Import;

/// <summary>Small builders over Roslyn's syntax factory: the importer writes code as syntax, never as text.</summary>
internal static class CodeSyntax
{
    /// <summary>A string literal; verbatim (<c>@"^\s*X-Mailer"</c>) when it holds backslashes, as patterns do, so it reads as written.</summary>
    public static ExpressionSyntax String(string text) => LiteralExpression(SyntaxKind.StringLiteralExpression,
        text.Contains('\\') && !text.Any(char.IsControl) ? Literal("@\"" + text.Replace("\"", "\"\"") + "\"", text) : Literal(text));

    public static ExpressionSyntax Number(long value) => value < 0
        ? PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Number(-value))
        : LiteralExpression(SyntaxKind.NumericLiteralExpression, value <= int.MaxValue ? Literal((int)value) : Literal(value));

    public static ExpressionSyntax Bool(bool value) => LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    public static ExpressionSyntax Null => LiteralExpression(SyntaxKind.NullLiteralExpression);

    /// <summary><c>A.B.C</c>.</summary>
    public static ExpressionSyntax Member(string first, params string[] rest) =>
        rest.Aggregate((ExpressionSyntax)IdentifierName(first), (target, name) => MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, IdentifierName(name)));

    public static ExpressionSyntax Call(ExpressionSyntax target, params ExpressionSyntax[] arguments) =>
        InvocationExpression(target, ArgumentList(SeparatedList(arguments.Select(Argument))));

    /// <summary><c>[a, b, c]</c>.</summary>
    public static ExpressionSyntax Collection(IEnumerable<ExpressionSyntax> items) =>
        CollectionExpression(SeparatedList<CollectionElementSyntax>(items.Select(ExpressionElement)));

    /// <summary><c>new Type[] { a, b }</c>: Roslyn lays an array initializer out one element per line.</summary>
    public static ExpressionSyntax Array(string type, IEnumerable<ExpressionSyntax> items) =>
        ArrayCreationExpression(ArrayOf(type)).WithInitializer(InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(items)));

    /// <summary><c>Type[]</c>.</summary>
    public static ArrayTypeSyntax ArrayOf(string type) =>
        ArrayType(IdentifierName(type)).WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression()))));

    /// <summary><c>new() { A = a, B = b }</c> (or <c>new Type { ... }</c>).</summary>
    public static ExpressionSyntax New(IEnumerable<(string Property, ExpressionSyntax Value, string? Comment)> assignments, string? type = null)
    {
        var initializer = InitializerExpression(SyntaxKind.ObjectInitializerExpression,
            SeparatedList<ExpressionSyntax>(assignments.Select(a => Commented(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(a.Property), a.Value), a.Comment))));
        return type is null
            ? ImplicitObjectCreationExpression(ArgumentList(), initializer)
            : ObjectCreationExpression(IdentifierName(type)).WithInitializer(initializer);
    }

    /// <summary><c>// comment</c> then <c>private static readonly Type Name = initializer;</c>, a member of the host class.</summary>
    public static MemberDeclarationSyntax StaticField(TypeSyntax type, string name, ExpressionSyntax initializer, string? comment) =>
        Commented(FieldDeclaration(VariableDeclaration(type).WithVariables(SingletonSeparatedList(VariableDeclarator(name).WithInitializer(EqualsValueClause(initializer)))))
            .WithModifiers(TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword))), comment);

    /// <summary><c>new("name", value)</c>: a parameter object of the host's own.</summary>
    public static ExpressionSyntax Named(string name, ExpressionSyntax value) =>
        ImplicitObjectCreationExpression(ArgumentList(SeparatedList([Argument(String(name)), Argument(value)])), null);

    /// <summary><paramref name="node"/> with <c>// comment</c> lines before it.</summary>
    public static T Commented<T>(T node, string? comment) where T : SyntaxNode =>
        comment is null ? node : node.WithLeadingTrivia(comment.Split('\n').SelectMany(line => new[] { Comment("// " + line), EndOfLine("\n") }));
}
