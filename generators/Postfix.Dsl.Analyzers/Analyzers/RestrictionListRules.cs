using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>Runs the shared restriction-list rules (PFX0003 for DNS list domains, PFX0303, PFX0304, PFX0318, PFX0320) over one list read from source.</summary>
internal static class RestrictionListRules
{
    /// <summary>Diagnostic property: the index of the element that the reorder code fix moves (PFX0304).</summary>
    public const string ParameterProperty = "Parameter";

    public static void Report(ModelNodeContext context, string parameter, List<RestrictionItem> items, List<InitializerAssignment> assignments)
    {
        // Obsolete restrictions (PFX0300) are reported by the compiler: every one a user can write is an
        // [Obsolete(DiagnosticId = "PFX0300")] member of Restrictions.
        foreach (var item in items)
        {
            // DNS list domains (reject_rbl_client zen.spamhaus.org=127.0.0.2): the same check as at emit.
            if (item.Name is not null && item.Argument is { } argument && RestrictionArguments.IsDnsListDomainProblem(item.Name, argument))
            {
                context.ReportDiagnostic(Findings.Create(Descriptors.InvalidHostName, item.Syntax.GetLocation(), parameter, argument,
                    RuleTexts.InvalidDnsListDomain(item.Name)));
            }
        }

        // A client lookup in an access table whose keys are written out where the table is declared.
        foreach (var item in items)
        {
            if (item.Name is { } name && ClientLookups.IsClientLookup(name)
                && item.Expression is InvocationExpressionSyntax { ArgumentList.Arguments: [var table] }
                && AccessTableSource.Read(table.Expression, context.SemanticModel, context.CancellationToken) is { Addresses.Count: > 0 } source)
            {
                context.ReportDiagnostic(Findings.Create(Descriptors.AddressKeysInClientLookup, item.Syntax.GetLocation(), parameter, $"{name} {source.FileName}",
                    RuleTexts.AddressKeysInClientLookup(ClientLookups.Problem(name, source.Addresses.Count, source.Total, source.Addresses[0]))));
            }
        }

        // Ordering is only judged when every element is known; a variable could be anything.
        if (RestrictionListReader.NamesIfAllKnown(items) is not { } names)
        {
            return;
        }

        if (RestrictionOrder.FirstUnconditional(names) is { } stop)
        {
            var rest = items.Skip(stop + 1).ToList();
            var span = Location.Create(items[0].Syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(rest[0].Syntax.SpanStart, rest[rest.Count - 1].Syntax.Span.End));
            context.ReportDiagnostic(Findings.Create(Descriptors.UnreachableRestriction, span, parameter, string.Join(", ", names), RuleTexts.Unreachable(names, stop)));
        }

        foreach (var index in RestrictionOrder.DnsChecksBeforeMynetworks(names))
        {
            context.ReportDiagnostic(Findings.Create(Descriptors.DnsCheckBeforeMynetworks, items[index].Syntax.GetLocation(), parameter, string.Join(", ", names),
                RuleTexts.DnsCheckBeforeMynetworks(names[index])));
        }

        foreach (var index in SaslRestrictionOrder.AfterSaslPermit(names))
        {
            context.ReportDiagnostic(Findings.Create(Descriptors.SaslCheckAfterPermit, items[index].Syntax.GetLocation(), parameter, string.Join(", ", names),
                RuleTexts.SaslCheckAfterPermit(names[index])));
        }

    }
}
