using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Postfix.Dsl.Tool.Import.CodeSyntax;

namespace Postfix.Dsl.Tool.Import;

/// <summary>
/// Tables whose files are in the imported configuration directory, written as table objects of
/// the host (<c>AccessTable</c>, <c>RegexpTable</c>) that the build generates again; a table
/// elsewhere (<c>proxy:mysql:…</c>), or one whose entries the model cannot state exactly as
/// written, stays a reference. A reference under the host's own directory (<c>/etc/postfix/access</c>)
/// resolves to the same file name in the copy being imported.
/// </summary>
internal sealed partial class TableObjects(string copyDirectory, string hostDirectory)
{
    /// <summary>The host's restriction classes (name → field): an access action naming one is the class object.</summary>
    public Dictionary<string, string> Classes { get; } = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> AccessTypes = new(StringComparer.Ordinal)
    {
        ["hash"] = "Hash", ["lmdb"] = "Lmdb", ["cdb"] = "Cdb", ["texthash"] = "Texthash", ["cidr"] = "Cidr",
    };

    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly List<MemberDeclarationSyntax> _declarations = [];

    /// <summary>The table fields, in the order the tables were first used.</summary>
    public IReadOnlyList<MemberDeclarationSyntax> Declarations => _declarations;

    /// <summary>
    /// The field for a table an access restriction looks keys up in (a <c>check_*_access</c> argument): an
    /// access(5) table, or a regexp/pcre table of access rules; null to keep the reference.
    /// </summary>
    public ExpressionSyntax? Access(string reference) => Resolve(reference, access: true);

    /// <summary>The field for a regexp/pcre table of header or body checks, or null to keep the reference.</summary>
    public ExpressionSyntax? Regexp(string reference) => Resolve(reference, access: false);

    private ExpressionSyntax? Resolve(string reference, bool access)
    {
        // One field per use: the same pattern file read as access rules and as content checks would mean two things.
        var use = (access ? "access " : "content ") + reference;
        if (_fields.TryGetValue(use, out var known))
        {
            return IdentifierName(known);
        }

        var colon = reference.IndexOf(':');
        if (colon <= 0 || !reference[(colon + 1)..].StartsWith(hostDirectory.TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var type = reference[..colon];
        var fileName = reference[(colon + 1 + hostDirectory.TrimEnd('/').Length + 1)..];
        var path = Path.Combine(copyDirectory, fileName);
        if (fileName.Contains('/') || !HostFolderName.IsValid(fileName) || !File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path);
        var patterns = type is "regexp" or "pcre";
        var creation = access && AccessTypes.TryGetValue(type, out var accessType) ? AccessTable(fileName, accessType, text, Classes)
            : patterns ? RegexpTable(fileName, type, text, access ? Classes : null)
            : null;
        if (creation is null)
        {
            return null;
        }

        var field = UniqueName(ModelMembers.Pascal(Path.GetFileNameWithoutExtension(fileName).Replace('.', '_')));
        _fields[use] = field;
        _declarations.Add(StaticField(IdentifierName(patterns ? "RegexpTable" : "AccessTable"), field, creation, $"{fileName}, generated again by the build ({reference})."));
        return IdentifierName(field);
    }

    // A name no other member of the class, nor a restriction of `using static Restrictions`, has.
    private string UniqueName(string name)
    {
        var candidate = name.Length == 0 || !char.IsLetter(name[0]) || ModelMembers.Restrictions.Values.Any(m => m.Name == name) || name is "Definition" ? name + "Table" : name;
        for (var i = 2; _fields.ContainsValue(candidate); i++)
        {
            candidate = name + i;
        }

        return candidate;
    }

    private static ExpressionSyntax? AccessTable(string fileName, string type, string text, IReadOnlyDictionary<string, string> classes)
    {
        var file = TableReader.Read(text);
        if (file.Problems.Count > 0 || file.Entries.Count == 0)
        {
            return null;
        }

        var entries = new List<ExpressionSyntax>();
        foreach (var entry in file.Entries)
        {
            var action = classes.TryGetValue(entry.Value, out var restrictionClass) ? IdentifierName(restrictionClass) : Action(entry.Value);
            if (Key(entry.Key, type) is not { } key || action is null)
            {
                return null; // a key or an action the model cannot state exactly as written
            }

            entries.Add(ImplicitObjectCreationExpression(ArgumentList(SeparatedList([Argument(key), Argument(action)])), null));
        }

        List<(string, ExpressionSyntax, string?)> properties = [("FileName", String(fileName), null)];
        if (type != "Hash")
        {
            properties.Add(("Type", Member("TableType", type), null));
        }

        properties.Add(("Entries", Array("AccessEntry", entries), null));
        return New(properties);
    }

    private static ExpressionSyntax? Key(string key, string type)
    {
        if (type == "Cidr")
        {
            return Call(Member("AccessKey", "Cidr"), String(key));
        }

        return key switch
        {
            "<>" => Member("AccessKey", "NullSender"),
            _ when key.EndsWith('@') && key.Length > 1 => Call(Member("AccessKey", "User"), String(key[..^1])),
            _ when key.Contains('@') => Call(Member("AccessKey", "Address"), String(key)),
            _ when IpPrefix().IsMatch(key) => Call(Member("AccessKey", "IpPrefix"), String(key)),
            _ when HostNameSyntax.IsValid(key.TrimStart('.')) => Call(Member("AccessKey", "Domain"), String(key)),
            _ => null,
        };
    }

    // Written exactly as the original says it (upper-case keywords), or not imported as an object.
    private static ExpressionSyntax? Action(string value)
    {
        var space = value.IndexOf(' ');
        var keyword = space < 0 ? value : value[..space];
        var text = space < 0 ? null : value[(space + 1)..];
        return keyword switch
        {
            "OK" or "DUNNO" when text is null => Member("AccessAction", keyword == "OK" ? "Ok" : "Dunno"),
            "REJECT" or "DEFER" or "HOLD" or "DISCARD" => Call(Member("AccessAction", Title(keyword)), text is null ? [] : [String(text)]),
            "FILTER" or "REDIRECT" or "PREPEND" or "BCC" or "WARN" or "INFO" when text is not null => Call(Member("AccessAction", Title(keyword)), String(text)),
            _ when text is not null && ReplyCode().IsMatch(keyword) => Call(Member("AccessAction", "Reply"), Number(int.Parse(keyword, System.Globalization.CultureInfo.InvariantCulture)), String(text)),
            _ => null,
        };
    }

    /// <summary>A pattern table: access rules when <paramref name="accessClasses"/> is given (its restriction classes), content-check rules otherwise.</summary>
    private static ExpressionSyntax? RegexpTable(string fileName, string type, string text, IReadOnlyDictionary<string, string>? accessClasses)
    {
        var file = RegexpReader.Read(text);
        if (file.Problems.Count > 0 || file.Lines.Count == 0)
        {
            return null;
        }

        var stack = new Stack<(string Pattern, List<ExpressionSyntax> Rules)>();
        var rules = new List<ExpressionSyntax>();
        foreach (var line in file.Lines)
        {
            if (line.Kind != RegexpLineKind.EndIf && (line.Negated || line.Flags.Length > 0 || line.Delimiter != '/'))
            {
                return null; // flags, negation and other delimiters: kept as a reference for now
            }

            switch (line.Kind)
            {
                case RegexpLineKind.If:
                    stack.Push((line.Pattern, rules));
                    rules = [];
                    break;
                case RegexpLineKind.EndIf:
                    var (pattern, outer) = stack.Pop();
                    outer.Add(ObjectCreationExpression(IdentifierName("RegexpIf")).WithArgumentList(ArgumentList(SeparatedList([Argument(String(pattern)), Argument(Array("RegexpRule", rules))]))));
                    rules = outer;
                    break;
                default:
                    var action = accessClasses is null ? HeaderAction(line.Action)
                        : accessClasses.TryGetValue(line.Action, out var restrictionClass) ? IdentifierName(restrictionClass)
                        : Action(line.Action);
                    if (action is null)
                    {
                        return null;
                    }

                    rules.Add(ObjectCreationExpression(IdentifierName(accessClasses is null ? "RegexpMatch" : "RegexpAccess"))
                        .WithArgumentList(ArgumentList(SeparatedList([Argument(String(line.Pattern)), Argument(action)]))));
                    break;
            }
        }

        List<(string, ExpressionSyntax, string?)> properties = [("FileName", String(fileName), null)];
        if (type == "pcre")
        {
            properties.Add(("Type", Member("TableType", "Pcre"), null));
        }

        properties.Add(("Rules", Array("RegexpRule", rules), null));
        return New(properties);
    }

    private static ExpressionSyntax? HeaderAction(string value)
    {
        var space = value.IndexOf(' ');
        var keyword = space < 0 ? value : value[..space];
        var text = space < 0 ? null : value[(space + 1)..];
        return keyword switch
        {
            "OK" or "DUNNO" or "IGNORE" or "PASS" when text is null => Member("HeaderAction", Title(keyword)),
            "REJECT" or "WARN" or "INFO" or "HOLD" or "DISCARD" or "STRIP" => Call(Member("HeaderAction", Title(keyword)), text is null ? [] : [String(text)]),
            "PREPEND" or "REPLACE" or "REDIRECT" or "BCC" or "FILTER" when text is not null => Call(Member("HeaderAction", Title(keyword)), String(text)),
            _ => null,
        };
    }

    private static string Title(string keyword) => keyword[0] + keyword[1..].ToLowerInvariant();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){0,3}$")]
    private static partial Regex IpPrefix();

    [GeneratedRegex(@"^[45]\d\d$")]
    private static partial Regex ReplyCode();
}
