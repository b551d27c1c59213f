using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Postfix.Dsl.Tool.Import.CodeSyntax;

namespace Postfix.Dsl.Tool.Import;

/// <summary>
/// master.cf as a person states it: the stock set it starts from (<c>MasterCf.Stock</c> or
/// <c>MasterCf.StockWithoutChroot</c>) and only what differs — <c>Remove</c> a stock service,
/// <c>Change</c> one with <c>s =&gt; s with { ... }</c>, <c>Add</c> the host's own — when that is
/// shorter than listing every service.
/// </summary>
internal static class MasterCfCode
{
    private static readonly (string Name, MasterCf Set)[] StockSets = [("Stock", MasterCf.Stock), ("StockWithoutChroot", MasterCf.StockWithoutChroot)];

    /// <summary>The stock-based expression, or null when listing every service is shorter.</summary>
    /// <param name="entries">The file's services.</param>
    /// <param name="service">Writes one service in full.</param>
    /// <param name="overrides">Writes a service's <c>-o</c> options.</param>
    /// <param name="hasTransport">Services that carry per-service parameters (never equal to a stock one).</param>
    /// <param name="added">The services the host adds, for a field of their own (<c>.Add(HostServices)</c>): a list reads better there than inside a call.</param>
    public static ExpressionSyntax? FromStock(IReadOnlyList<MasterCfEntry> entries, Func<MasterCfEntry, ExpressionSyntax> service,
        Func<MasterCfEntry, ExpressionSyntax> overrides, Func<MasterCfEntry, ExpressionSyntax?> transport, out IReadOnlyList<ExpressionSyntax> added)
    {
        added = [];
        var (name, set) = StockSets.OrderByDescending(s => s.Set.Services.Count(stock => entries.Any(e => Same(stock, e) && transport(e) is null))).First();
        var unchanged = set.Services.Count(stock => entries.Any(e => Same(stock, e) && transport(e) is null));
        if (unchanged * 2 < set.Services.Count)
        {
            return null; // mostly different: a full list reads better
        }

        ExpressionSyntax code = Member("MasterCf", name);
        foreach (var stock in set.Services.Where(s => !entries.Any(e => Key(e) == Key(s))))
        {
            code = Chain(code, "Remove", String(stock.Name), Member("ServiceType", stock.Type.ToString()));
        }

        foreach (var entry in entries)
        {
            var stock = set.Services.FirstOrDefault(s => Key(s) == Key(entry));
            if (stock is null || (Same(stock, entry) && transport(entry) is null))
            {
                continue;
            }

            var changes = Differences(stock, entry, overrides, transport);
            var lambda = SimpleLambdaExpression(Parameter(Identifier("s")),
                WithExpression(IdentifierName("s"), InitializerExpression(SyntaxKind.WithInitializerExpression,
                    SeparatedList<ExpressionSyntax>(changes.Select(c => AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(c.Property), c.Value))))));
            code = Chain(code, "Change", String(entry.Service), Member("ServiceType", TypeMember(entry.Type)!), lambda);
        }

        added = entries.Where(e => !set.Services.Any(s => Key(s) == Key(e))).Select(service).ToArray();
        return added.Count > 0 ? Chain(code, "Add", SyntaxFactory.IdentifierName("HostServices")) : code;
    }

    private static ExpressionSyntax Chain(ExpressionSyntax target, string method, params ExpressionSyntax[] arguments) =>
        Call(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, IdentifierName(method)), arguments);

    private static (string, string) Key(Service service) => (service.Name, Type(service.Type));

    private static (string, string) Key(MasterCfEntry entry) => (entry.Service, entry.Type);

    private static string Type(ServiceType type) => EnumText.Of(type);

    /// <summary>The <see cref="ServiceType"/> member master.cf's type field names (<c>unix-dgram</c> → <c>UnixDgram</c>), or null.</summary>
    public static string? TypeMember(string type) => ModelMembers.EnumMember(typeof(ServiceType), type);

    /// <summary>True when the stock service is written exactly as the entry: columns, arguments and -o options.</summary>
    private static bool Same(Service stock, MasterCfEntry entry) =>
        Key(stock) == Key(entry)
        && MasterCfRenderer.Columns(stock).SequenceEqual([entry.Service, entry.Type, entry.Private, entry.Unprivileged, entry.Chroot, entry.Wakeup, entry.ProcessLimit, entry.Command])
        && stock.Arguments.SequenceEqual(entry.Arguments)
        && Options(stock).SequenceEqual(entry.Overrides.Select(o => (o.Name, string.Join(" ", MainCfFile.ListItems(o.Value)))));

    private static IEnumerable<(string, string)> Options(Service stock) =>
        stock.Overrides.InModelOrder.Select(s => (s.Name, string.Join(" ", MainCfFile.ListItems(ParameterText.Of(s, "/etc/postfix").Compact))));

    // The properties whose written column differs, then arguments, -o options and per-service parameters.
    private static List<(string Property, ExpressionSyntax Value)> Differences(Service stock, MasterCfEntry entry,
        Func<MasterCfEntry, ExpressionSyntax> overrides, Func<MasterCfEntry, ExpressionSyntax?> transport)
    {
        var columns = MasterCfRenderer.Columns(stock);
        var changes = new List<(string, ExpressionSyntax)>();
        void Flag(string property, string stockText, string text)
        {
            if (stockText != text)
            {
                changes.Add((property, text switch { "y" => Bool(true), "n" => Bool(false), _ => Null }));
            }
        }

        Flag("Private", columns[2], entry.Private);
        Flag("Unprivileged", columns[3], entry.Unprivileged);
        Flag("Chroot", columns[4], entry.Chroot);
        if (columns[5] != entry.Wakeup)
        {
            changes.Add(("Wakeup", entry.Wakeup == "-" ? Null
                : Call(Member("Wakeup", entry.Wakeup.EndsWith('?') ? "EveryOnceUsed" : "Every"), Number(int.Parse(entry.Wakeup.TrimEnd('?'), System.Globalization.CultureInfo.InvariantCulture)))));
        }

        if (columns[6] != entry.ProcessLimit)
        {
            changes.Add(("MaxProcesses", entry.ProcessLimit == "-" ? Null : Number(int.Parse(entry.ProcessLimit, System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (columns[7] != entry.Command)
        {
            changes.Add(("Command", String(entry.Command)));
        }

        if (!stock.Arguments.SequenceEqual(entry.Arguments))
        {
            changes.Add(("Arguments", Collection(entry.Arguments.Select(String))));
        }

        if (!Options(stock).SequenceEqual(entry.Overrides.Select(o => (o.Name, string.Join(" ", MainCfFile.ListItems(o.Value))))))
        {
            changes.Add(("Overrides", overrides(entry)));
        }

        if (transport(entry) is { } perService)
        {
            changes.Add(("Transport", perService));
        }

        return changes;
    }
}
