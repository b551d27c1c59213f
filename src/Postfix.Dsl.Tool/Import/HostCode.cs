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
/// Builds the C# of one imported host as syntax: a static class with one <c>[PostfixHost]</c>
/// property whose initializer states main.cf as typed properties and master.cf as service rows,
/// with the original's comments above the items they document.
/// </summary>
internal sealed class HostCode(string hostName, string configDirectory, ImportIssues issues, TableObjects tables)
{
    private const string DefaultConfigDirectory = "/etc/postfix";

    // The host's own restriction lists (Postfix name -> field name), written as RestrictionListParameter objects.
    private readonly Dictionary<string, string> _ownLists = new(StringComparer.Ordinal);

    public CompilationUnitSyntax Build(MainCfFile mainCf, SourceComments mainComments, MasterCfFile masterCf, SourceComments masterComments)
    {
        var transports = new Dictionary<string, List<(string Property, ExpressionSyntax Value, string? Comment)>>(StringComparer.Ordinal);
        var classes = RestrictionClasses(LastDefinitions(mainCf).ToList(), mainComments);
        var ownLists = OwnRestrictionLists(LastDefinitions(mainCf).ToList(), masterCf, mainComments);
        var main = Parameters(LastDefinitions(mainCf).Where(d => !_ownLists.ContainsKey(d.Name) && !tables.Classes.ContainsKey(d.Name)), "main.cf", mainComments, masterCf, transports);
        // Each service is written once (writing counts what was typed): from the stock set when that is shorter, else all of them.
        var fromStock = MasterCfCode.FromStock(masterCf.Entries,
            e => Service(e, masterComments, transports.GetValueOrDefault(e.Service)),
            e => e.Overrides.Count == 0 ? New([]) : Overrides(e),
            e => transports.TryGetValue(e.Service, out var t) ? New(t) : null,
            out var addedServices);

        var host = new List<(string, ExpressionSyntax, string?)> { ("Name", String(hostName), null) };
        if (configDirectory != DefaultConfigDirectory)
        {
            host.Add(("ConfigDirectory", String(configDirectory), "Where the files live on the host; table references are written under it."));
        }

        host.Add(("MainCf", main, null));
        host.Add(("MasterCf", fromStock
            ?? New([("Services", Array("Service", masterCf.Entries.Select(e => Service(e, masterComments, transports.GetValueOrDefault(e.Service))).ToList()), null)], "MasterCf"), null));

        var property = PropertyDeclaration(IdentifierName("MailHost"), "Definition")
            .WithAttributeLists(SingletonList(AttributeList(SingletonSeparatedList(Attribute(IdentifierName("PostfixHost"))))))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithAccessorList(AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken)))))
            .WithInitializer(EqualsValueClause(New(host)))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
        var summary = $"/// <summary>The host {hostName}, imported from its Postfix configuration by postfix-dsl import.</summary>";
        property = property.WithLeadingTrivia(ParseLeadingTrivia(summary + "\n"))
            .WithTrailingTrivia(ParseTrailingTrivia("\n" + Pragmas(disable: false)));

        var type = ClassDeclaration(ClassName(hostName))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithMembers(List(Suppressed([.. classes, .. tables.Declarations, .. ownLists, .. HostServices(addedServices), property])))
            .WithLeadingTrivia(ParseLeadingTrivia($"/// <summary>{hostName}: main.cf and master.cf as typed Postfix.Dsl values.</summary>\n"));

        return CompilationUnit()
            .WithUsings(List([UsingDirective(IdentifierName("Postfix.Dsl")), UsingDirective(ParseName("Postfix.Dsl.Restrictions")).WithStaticKeyword(Token(SyntaxKind.StaticKeyword))]))
            .WithMembers(SingletonList<MemberDeclarationSyntax>(FileScopedNamespaceDeclaration(IdentifierName("Imported")).WithMembers(SingletonList<MemberDeclarationSyntax>(type))));
    }

    // The obsolete forms' IDs are suppressed from the first member to the end of the definition.
    private List<MemberDeclarationSyntax> Suppressed(List<MemberDeclarationSyntax> members)
    {
        if (issues.Obsolete.Count > 0)
        {
            members[0] = members[0].WithLeadingTrivia(ParseLeadingTrivia(Pragmas(disable: true)).AddRange(members[0].GetLeadingTrivia()));
        }

        return members;
    }

    // The services the host adds to the stock set, one per line with the comments master.cf has above them.
    private static IEnumerable<MemberDeclarationSyntax> HostServices(IReadOnlyList<ExpressionSyntax> services) => services.Count == 0 ? [] :
        [StaticField(ArrayOf("Service"), "HostServices", Array("Service", services), "The services this host adds to the stock master.cf.")];

    /// <summary>
    /// The host's class: <c>NeptuneHost</c> for neptune; a name that a Postfix.Dsl type already has
    /// (<c>MailHost</c> for a host called mail) is prefixed, so the model's types stay reachable.
    /// </summary>
    public static string ClassName(string hostName)
    {
        var name = ModelMembers.Pascal(hostName.Replace('.', '_')) + "Host";
        return typeof(MailHost).Assembly.GetExportedTypes().Any(t => t.Name == name) ? "Imported" + name : name;
    }

    // Obsolete forms the original uses are kept, so that the files mean the same; the compiler reports each, suppressed here with the reason.
    private string Pragmas(bool disable) => issues.Obsolete.Count == 0
        ? string.Empty
        : disable
            ? $"#pragma warning disable {string.Join(", ", issues.Obsolete)} // obsolete forms the original uses, kept so the files mean the same (postfix-dsl import --modernize replaces them)\n"
            : $"#pragma warning restore {string.Join(", ", issues.Obsolete)}\n";

    private static IEnumerable<MainCfDefinition> LastDefinitions(MainCfFile file) => file.Definitions
        .Where(d => d.Name != "config_directory") // Postfix takes it from -c; MailHost.ConfigDirectory says where the files live
        .GroupBy(d => d.Name, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(d => d.Line);

    private ExpressionSyntax Parameters(IEnumerable<MainCfDefinition> definitions, string where, SourceComments comments, MasterCfFile? masterCf,
        Dictionary<string, List<(string, ExpressionSyntax, string?)>> transports)
    {
        var typed = new List<(string, ExpressionSyntax, string?)>();
        var unlisted = new List<ExpressionSyntax>();
        foreach (var definition in definitions)
        {
            var comment = comments.Above(definition.Line);
            if (ModelMembers.Parameters.TryGetValue(definition.Name, out var parameter))
            {
                var value = ValueCode.Of(definition.Name, parameter.Parameter.Kind, parameter.Property.PropertyType, definition.Value, issues, out var problem, _ownLists, tables, tables.Classes);
                if (value is not null)
                {
                    issues.Explain(parameter.Property);
                    issues.TypedValues++;
                    typed.Add((parameter.Property.Name, value, ImportIssues.Join(comment, issues.TakeExplanations())));
                    continue;
                }

                issues.AddUntyped($"{where}:{definition.Line}", definition.Name, $"\"{definition.Value}\" {problem}; written raw through Parameters.Unlisted (PFX0201)");
            }
            else if (masterCf is not null && Transport(definition, masterCf) is { } transport)
            {
                issues.TypedValues++;
                if (!transports.TryGetValue(transport.Service, out var list))
                {
                    transports[transport.Service] = list = [];
                }

                list.Add((transport.Property, transport.Value, comment));
                continue;
            }
            else
            {
                issues.AddUntyped($"{where}:{definition.Line}", definition.Name, "is not a Postfix 3.7 parameter (a name of the host's own, or of a newer Postfix); written through Parameters.Unlisted");
            }

            unlisted.Add(Commented(ImplicitObjectCreationExpression(ArgumentList(SeparatedList([Argument(String(definition.Name)), Argument(String(definition.Value))])), null), comment));
        }

        if (unlisted.Count > 0)
        {
            typed.Add(("Unlisted", Collection(unlisted), null));
        }

        return New(typed);
    }

    /// <summary>
    /// The restriction classes smtpd_restriction_classes names and main.cf defines as restriction
    /// lists: each becomes a <c>RestrictionClass</c> field (declared first: access tables name them as
    /// actions), used by name wherever a list or an access table names the class. smtpd_restriction_classes
    /// is kept as written, so the classes keep their order (the model adds any it does not list).
    /// </summary>
    private List<MemberDeclarationSyntax> RestrictionClasses(List<MainCfDefinition> definitions, SourceComments comments)
    {
        var listed = definitions.FirstOrDefault(d => d.Name == "smtpd_restriction_classes") is { } classes ? MainCfFile.ListItems(classes.Value) : [];
        var candidates = listed.Where(n => !ModelMembers.Parameters.ContainsKey(n) && definitions.Any(d => d.Name == n)).ToList();
        candidates.ForEach(c => tables.Classes[c] = ModelMembers.Pascal(c));

        // A class's own restrictions keep table references as references: a class field is declared before the tables.
        var quiet = new ImportIssues();
        candidates.RemoveAll(c => RestrictionCode.Of(MainCfFile.ListItems(definitions.Single(d => d.Name == c).Value), quiet, out _, _ownLists, classes: tables.Classes) is null);
        tables.Classes.Clear();
        candidates.ForEach(c => tables.Classes[c] = ModelMembers.Pascal(c));

        var fields = new List<MemberDeclarationSyntax>();
        foreach (var name in candidates)
        {
            var definition = definitions.Single(d => d.Name == name);
            var value = RestrictionCode.Of(MainCfFile.ListItems(definition.Value), issues, out _, _ownLists, classes: tables.Classes)!;
            issues.TypedValues++;
            fields.Add(StaticField(IdentifierName("RestrictionClass"), tables.Classes[name], Named(name, value),
                ImportIssues.Join(comments.Above(definition.Line) ?? $"The restriction class {name} (smtpd_restriction_classes).", issues.TakeExplanations())));
        }

        return fields;
    }

    /// <summary>
    /// The parameters of the host's own that some restriction list uses as <c>$name</c> and that hold a
    /// restriction list themselves (docker-mailserver's <c>mua_sender_restrictions</c>): each becomes a
    /// <c>RestrictionListParameter</c> field, declared before the fields that use it, and its uses
    /// name the field, so definition and uses cannot drift.
    /// </summary>
    private List<MemberDeclarationSyntax> OwnRestrictionLists(List<MainCfDefinition> definitions, MasterCfFile masterCf, SourceComments comments)
    {
        bool IsRestrictions(string name) => ModelMembers.Parameters.TryGetValue(name, out var p) && p.Parameter.Kind == ParameterKind.Restrictions;
        var own = definitions.Where(d => !ModelMembers.Parameters.ContainsKey(d.Name) && !tables.Classes.ContainsKey(d.Name) && Transport(d, masterCf) is null).ToDictionary(d => d.Name, StringComparer.Ordinal);
        var restrictionTexts = definitions.Where(d => IsRestrictions(d.Name)).Select(d => d.Value)
            .Concat(masterCf.Entries.SelectMany(e => e.Overrides).Where(o => IsRestrictions(o.Name)).Select(o => o.Value))
            .Concat(own.Values.Select(d => d.Value));
        var used = restrictionTexts.SelectMany(MainCfFile.ListItems).Where(w => w.StartsWith('$')).Select(w => w.Trim('$', '{', '}')).ToHashSet(StringComparer.Ordinal);
        var candidates = own.Keys.Where(used.Contains).ToList();

        // Keep the candidates whose value reads as restrictions given the others; drop any that does not, until none changes.
        var quiet = new ImportIssues();
        while (true)
        {
            _ownLists.Clear();
            candidates.ForEach(c => _ownLists[c] = ModelMembers.Pascal(c));
            var failing = candidates.Where(c => RestrictionCode.Of(MainCfFile.ListItems(own[c].Value), quiet, out _, _ownLists) is null).ToList();
            if (failing.Count == 0)
            {
                break;
            }

            candidates.RemoveAll(failing.Contains);
        }

        // Declared so that each field comes after the fields it uses (static fields initialize in order).
        var fields = new List<MemberDeclarationSyntax>();
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var cyclic = false;
        while (declared.Count < candidates.Count)
        {
            var before = declared.Count;
            foreach (var name in candidates.Where(c => !declared.Contains(c)).OrderBy(c => own[c].Line).ToList())
            {
                var uses = MainCfFile.ListItems(own[name].Value).Where(w => w.StartsWith('$')).Select(w => w.Trim('$', '{', '}')).Where(_ownLists.ContainsKey);
                if (!cyclic && uses.Any(u => u != name && !declared.Contains(u)))
                {
                    continue;
                }

                var value = RestrictionCode.Of(MainCfFile.ListItems(own[name].Value), issues, out _, _ownLists)!;
                issues.TypedValues++;
                fields.Add(StaticField(IdentifierName("RestrictionListParameter"), _ownLists[name], Named(name, value),
                    ImportIssues.Join(comments.Above(own[name].Line) ?? $"The host's own restriction list {name}: written to main.cf because a restriction list uses it.", issues.TakeExplanations())));
                declared.Add(name);
            }

            // Lists that use each other in a circle (which Postfix refuses, PFX0018) are declared as they come.
            cyclic = declared.Count == before;
        }

        return fields;
    }

    // lmtp_destination_recipient_limit: a per-service parameter of a master.cf service whose command has it.
    private (string Service, string Property, ExpressionSyntax Value)? Transport(MainCfDefinition definition, MasterCfFile masterCf)
    {
        foreach (var entry in masterCf.Entries)
        {
            if (!definition.Name.StartsWith(entry.Service + "_", StringComparison.Ordinal))
            {
                continue;
            }

            var suffix = definition.Name[(entry.Service.Length + 1)..];
            var descriptor = TransportParameterCatalog.All.FirstOrDefault(d => d.Suffix == suffix && d.Commands.Contains(entry.Command));
            if (descriptor is not null && ModelMembers.TransportParameters.TryGetValue(suffix, out var parameter)
                && ValueCode.Of(definition.Name, descriptor.Kind, parameter.Property.PropertyType, definition.Value, issues, out _) is { } value)
            {
                return (entry.Service, parameter.Property.Name, value);
            }
        }

        return null;
    }

    private ExpressionSyntax Service(MasterCfEntry entry, SourceComments comments, List<(string, ExpressionSyntax, string?)>? transport)
    {
        var type = MasterCfCode.TypeMember(entry.Type)
            ?? throw new ImportException($"master.cf:{entry.Line}: service {entry.Service}: type \"{entry.Type}\" is not one Postfix 3.7 reads; expected inet, unix, unix-dgram, fifo or pass");
        if (type == "Fifo")
        {
            issues.Explain(typeof(ServiceType).GetField("Fifo")!);
        }

        var fields = new List<(string, ExpressionSyntax, string?)>
        {
            ("Name", String(entry.Service), null),
            ("Type", Member("ServiceType", type), null),
        };
        AddFlag(fields, "Private", entry.Private, entry);
        AddFlag(fields, "Unprivileged", entry.Unprivileged, entry);
        AddFlag(fields, "Chroot", entry.Chroot, entry);
        if (entry.Wakeup != "-")
        {
            var onlyWhenUsed = entry.Wakeup.EndsWith('?');
            var seconds = int.Parse(entry.Wakeup.TrimEnd('?'), System.Globalization.CultureInfo.InvariantCulture);
            fields.Add(("Wakeup", Call(Member("Wakeup", onlyWhenUsed ? "EveryOnceUsed" : "Every"), Number(seconds)), null));
        }

        if (entry.ProcessLimit != "-")
        {
            fields.Add(("MaxProcesses", Number(int.Parse(entry.ProcessLimit, System.Globalization.CultureInfo.InvariantCulture)), null));
        }

        fields.Add(("Command", String(entry.Command), null));
        if (entry.Arguments.Count > 0)
        {
            fields.Add(("Arguments", Collection(entry.Arguments.Select(String)), null));
        }

        if (entry.Overrides.Count > 0)
        {
            fields.Add(("Overrides", Overrides(entry), null));
        }

        if (transport is not null)
        {
            fields.Add(("Transport", New(transport), "Per-service parameters, written to main.cf as " + entry.Service + "_*."));
        }

        return Commented(New(fields), ImportIssues.Join(comments.Above(entry.Line), issues.TakeExplanations()));
    }

    private ExpressionSyntax Overrides(MasterCfEntry entry) =>
        Parameters(entry.Overrides.Select(o => new MainCfDefinition(o.Name, o.Value, -1)), $"master.cf:{entry.Line}: {entry.Service}/{entry.Type} -o", new SourceComments(string.Empty), null, []);

    private static void AddFlag(List<(string, ExpressionSyntax, string?)> fields, string property, string value, MasterCfEntry entry)
    {
        switch (value)
        {
            case "y":
                fields.Add((property, Bool(true), null));
                break;
            case "n":
                fields.Add((property, Bool(false), null));
                break;
            case "-":
                break;
            default:
                throw new ImportException($"master.cf:{entry.Line}: service {entry.Service}: {property.ToLowerInvariant()} \"{value}\" is not y, n or -");
        }
    }
}
