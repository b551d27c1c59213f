using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The semantic diff of two Postfix configuration directories, read with the faithful readers: main.cf
/// by effective value (Postfix's default where unset, lists by item, <c>$name</c> expanded), master.cf by
/// service field and <c>-o</c> override, and each table by key or, where the first match wins, by rule
/// order. A moved line, different spacing or a reordered literal table is no change. Each change
/// carries what it needs (<see cref="ChangeAction"/>, and postmap or postalias for an indexed table).
/// </summary>
public static class ConfigurationDiff
{
    private static readonly IReadOnlyDictionary<string, ParameterDescriptor> Catalog =
        ParameterCatalog.All.GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Compares <paramref name="oldDirectory"/> with <paramref name="newDirectory"/>.</summary>
    /// <param name="oldDirectory">The configuration before.</param>
    /// <param name="newDirectory">The configuration after.</param>
    /// <param name="hostDirectory">Where both live on the host when its references name neither directory (a staging copy of it); by default its config_directory, else /etc/postfix.</param>
    /// <exception cref="ConfigurationReadException">A directory is missing, has no main.cf, or has a line Postfix would refuse.</exception>
    public static ConfigurationDiffResult Compare(string oldDirectory, string newDirectory, string? hostDirectory = null)
    {
        var before = ConfigurationDirectory.Load(oldDirectory, hostDirectory);
        var after = ConfigurationDirectory.Load(newDirectory, hostDirectory);
        var changes = new List<ConfigurationChange>();
        CompareMainCf(before, after, changes);
        CompareMasterCf(before, after, changes);
        CompareTables(before, after, changes);
        return new ConfigurationDiffResult(changes);
    }

    private static void CompareMainCf(ConfigurationDirectory before, ConfigurationDirectory after, List<ConfigurationChange> changes)
    {
        foreach (var name in before.Parameters.Keys.Union(after.Parameters.Keys).Order(StringComparer.Ordinal))
        {
            var old = Effective(before, name);
            var @new = Effective(after, name);
            var action = ParameterImpacts.Of(name);
            if (Normal(name, old) != Normal(name, @new))
            {
                var kind = !before.Parameters.ContainsKey(name) ? ChangeKind.Added : !after.Parameters.ContainsKey(name) ? ChangeKind.Removed : ChangeKind.Changed;
                changes.Add(new("main.cf", name, kind, Normal(name, old), Normal(name, @new), action,
                    Note: kind == ChangeKind.Added && old.Length > 0 ? "Postfix's default before" : kind == ChangeKind.Removed && @new.Length > 0 ? "Postfix's default after" : null));
            }
            else if (old.Contains('$') && Normal(name, Expand(before, old)) is var oldExpanded && Normal(name, Expand(after, @new)) is var newExpanded && oldExpanded != newExpanded)
            {
                changes.Add(new("main.cf", name, ChangeKind.Changed, oldExpanded, newExpanded, action, Note: $"written the same ({old}), but what it expands to changed"));
            }
        }

        // A scalar parameter neither file sets can still change through one its default expands (smtp_helo_name
        // through myhostname). Lists that merely gather others (proxy_read_maps) would repeat what is reported.
        foreach (var descriptor in Catalog.Values.Where(d => d.Default.Contains('$') && !IsList(d) && !before.Parameters.ContainsKey(d.Name) && !after.Parameters.ContainsKey(d.Name))
                     .OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            if (ReferencesChangedParameter(descriptor.Default, changes)
                && Normal(descriptor.Name, Expand(before, descriptor.Default)) is var oldValue
                && Normal(descriptor.Name, Expand(after, descriptor.Default)) is var newValue
                && oldValue != newValue)
            {
                changes.Add(new("main.cf", descriptor.Name, ChangeKind.Changed, oldValue, newValue, ParameterImpacts.Of(descriptor.Name),
                    Note: $"not set: Postfix's default ({descriptor.Default}) expands to another value"));
            }
        }
    }

    private static bool ReferencesChangedParameter(string value, List<ConfigurationChange> changes) =>
        ParameterReferences.In(value).Any(name => changes.Any(c => c.File == "main.cf" && c.Item == name));

    private static string Effective(ConfigurationDirectory directory, string name) =>
        directory.Parameters.TryGetValue(name, out var value) ? value : Catalog.TryGetValue(name, out var descriptor) ? descriptor.Default : string.Empty;

    // Lists by item (", " and blanks are the same separators), scalars trimmed.
    private static string Normal(string name, string value) =>
        Catalog.TryGetValue(name, out var descriptor) && IsList(descriptor)
            ? string.Join(", ", MainCfFile.ListItems(value))
            : value.Trim();

    private static bool IsList(ParameterDescriptor descriptor) =>
        descriptor.Kind is ParameterKind.List or ParameterKind.DomainList or ParameterKind.NetworkList or ParameterKind.Maps or ParameterKind.Restrictions;

    /// <summary>The value with <c>$name</c>, <c>${name}</c>, <c>${name?text}</c> and <c>${name:text}</c> expanded from the directory's main.cf and Postfix's defaults.</summary>
    private static string Expand(ConfigurationDirectory directory, string value, int depth = 0)
    {
        // Postfix 3's ${{expression} op {value} ? ...} forms are compared as written, not evaluated.
        if (depth > 20 || !value.Contains('$') || value.Contains("${{", StringComparison.Ordinal))
        {
            return value;
        }

        var result = new System.Text.StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '$' || i + 1 == value.Length)
            {
                result.Append(value[i]);
                continue;
            }

            if (value[i + 1] == '$')
            {
                result.Append('$');
                i++;
            }
            else if (value[i + 1] == '{' && value.IndexOf('}', i) is var close and > 0)
            {
                var inner = value[(i + 2)..close];
                var operatorAt = inner.IndexOfAny(['?', ':']);
                var name = operatorAt < 0 ? inner : inner[..operatorAt];
                var resolved = Expand(directory, Effective(directory, name), depth + 1);
                result.Append(operatorAt < 0 ? resolved
                    : inner[operatorAt] == '?' ? (resolved.Length > 0 ? Expand(directory, inner[(operatorAt + 1)..], depth + 1) : string.Empty)
                    : (resolved.Length == 0 ? Expand(directory, inner[(operatorAt + 1)..], depth + 1) : string.Empty));
                i = close;
            }
            else
            {
                var end = i + 1;
                while (end < value.Length && (char.IsAsciiLetterOrDigit(value[end]) || value[end] == '_'))
                {
                    end++;
                }

                result.Append(Expand(directory, Effective(directory, value[(i + 1)..end]), depth + 1));
                i = end - 1;
            }
        }

        return result.ToString();
    }

    private static void CompareMasterCf(ConfigurationDirectory before, ConfigurationDirectory after, List<ConfigurationChange> changes)
    {
        var old = before.MasterCf.Entries.ToDictionary(e => e.Service + "/" + e.Type, StringComparer.Ordinal);
        var @new = after.MasterCf.Entries.ToDictionary(e => e.Service + "/" + e.Type, StringComparer.Ordinal);
        foreach (var key in old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal))
        {
            var a = old.GetValueOrDefault(key);
            var b = @new.GetValueOrDefault(key);
            if (a is null || b is null)
            {
                changes.Add(new("master.cf", key, a is null ? ChangeKind.Added : ChangeKind.Removed, a is null ? null : Row(a), b is null ? null : Row(b), ChangeAction.Reload));
                continue;
            }

            foreach (var (field, x, y) in new[]
            {
                ("private", Field(a.Private, "y"), Field(b.Private, "y")),
                ("unpriv", Field(a.Unprivileged, "y"), Field(b.Unprivileged, "y")),
                ("chroot", Field(a.Chroot, "n"), Field(b.Chroot, "n")),
                ("wakeup", Field(a.Wakeup, "0"), Field(b.Wakeup, "0")),
                ("maxproc", Field(a.ProcessLimit, "$default_process_limit"), Field(b.ProcessLimit, "$default_process_limit")),
                ("command", Command(a), Command(b)),
            })
            {
                if (x != y)
                {
                    changes.Add(new("master.cf", $"{key} {field}", ChangeKind.Changed, x, y, ChangeAction.Reload));
                }
            }

            // -o settings by name (the last of a name wins); their order means nothing.
            var ao = Overrides(a);
            var bo = Overrides(b);
            foreach (var name in ao.Keys.Union(bo.Keys).Order(StringComparer.Ordinal))
            {
                var x = ao.GetValueOrDefault(name);
                var y = bo.GetValueOrDefault(name);
                if (x is null || y is null || Normal(name, x) != Normal(name, y))
                {
                    changes.Add(new("master.cf", $"{key} -o {name}", x is null ? ChangeKind.Added : y is null ? ChangeKind.Removed : ChangeKind.Changed, x, y, ChangeAction.Reload));
                }
            }
        }
    }

    private static string Field(string value, string dash) => value == "-" ? dash : value;

    private static string Command(MasterCfEntry entry) => string.Join(" ", entry.Arguments.Prepend(entry.Command));

    private static Dictionary<string, string> Overrides(MasterCfEntry entry)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in entry.Overrides)
        {
            overrides[o.Name] = o.Value;
        }

        return overrides;
    }

    private static string Row(MasterCfEntry e) =>
        $"{e.Service} {e.Type} {e.Private} {e.Unprivileged} {e.Chroot} {e.Wakeup} {e.ProcessLimit} {Command(e)}"
        + string.Concat(e.Overrides.Select(o => $" -o {o.Name}={o.Value}"));

    private static void CompareTables(ConfigurationDirectory before, ConfigurationDirectory after, List<ConfigurationChange> changes)
    {
        foreach (var file in before.Tables.Keys.Union(after.Tables.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.Tables.TryGetValue(file, out var o) && before.Has(file) ? o : default((string Type, string Reference)?);
            var @new = after.Tables.TryGetValue(file, out var n) && after.Has(file) ? n : default((string Type, string Reference)?);
            if (old is null && @new is null)
            {
                continue; // referenced, but in neither directory: provided by other means
            }

            var (type, reference) = @new ?? old!.Value;
            var (action, command) = Impact(type, reference);
            if (old is null || @new is null)
            {
                // A new table is built before the reload that makes Postfix use it; a removed one needs nothing of its own.
                changes.Add(new(file, "(table)", old is null ? ChangeKind.Added : ChangeKind.Removed, old is null ? null : old.Value.Reference, @new?.Reference,
                    ChangeAction.Reload, old is null ? command : null));
                continue;
            }

            var oldText = before.Read(file);
            var newText = after.Read(file);
            if (oldText == newText)
            {
                continue;
            }

            // Different text may mean the same (comments, spacing, the order of literal keys): only differences in meaning are added.
            switch (type.Split(':')[^1])
            {
                case "regexp" or "pcre":
                    CompareRules(file, RegexpReader.Read(oldText), RegexpReader.Read(newText), action, changes);
                    break;
                case "cidr":
                    CompareOrdered(file, TableReader.Read(oldText), TableReader.Read(newText), action, changes);
                    break;
                case "sqlite" or "ldap" or "pgsql" or "mysql" or "memcache":
                    CompareDefinition(file, MainCfReader.Read(oldText), MainCfReader.Read(newText), action, changes);
                    break;
                default:
                    CompareKeys(file, Entries(type, oldText), Entries(type, newText), action, command, changes, foldCase: true, hideValues: type.StartsWith("secret:", StringComparison.Ordinal));
                    break;
            }
        }
    }

    /// <summary>What a changed table needs: an indexed table is rebuilt (Postfix reopens it), one read at start needs a reload.</summary>
    private static (ChangeAction Action, string? Command) Impact(string kind, string reference) =>
        ConfigurationDirectory.BuildCommand(kind) is { } command ? (ChangeAction.None, command + " " + reference) : (ChangeAction.Reload, null);

    // aliases(5) writes "name: value": the name ends at the colon.
    private static TableFile Entries(string type, string text)
    {
        var table = TableReader.Read(text);
        return type.StartsWith("alias:", StringComparison.Ordinal)
            ? table with
            {
                Entries = table.Entries.Select(e => (e.Key + " " + e.Value).Split(':', 2) is [var name, var value] ? e with { Key = name.Trim(), Value = value.Trim() } : e).ToList(),
            }
            : table;
    }

    // Literal keys: postmap folds them to lower case; the first entry of a key is the one it keeps.
    private static void CompareKeys(string file, TableFile before, TableFile after, ChangeAction action, string? command, List<ConfigurationChange> changes, bool foldCase, bool hideValues = false)
    {
        var old = Keys(before, foldCase);
        var @new = Keys(after, foldCase);
        foreach (var key in old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal))
        {
            var x = old.GetValueOrDefault(key);
            var y = @new.GetValueOrDefault(key);
            if (!SecretValues.Same(x, y))
            {
                changes.Add(new(file, "key " + key, x is null ? ChangeKind.Added : y is null ? ChangeKind.Removed : ChangeKind.Changed,
                    hideValues ? SecretValues.Hidden(x) : SecretValues.Shown(x, y), hideValues ? SecretValues.Hidden(y) : SecretValues.Shown(y, x), action, command));
            }
        }
    }

    private static Dictionary<string, string> Keys(TableFile table, bool foldCase)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in table.Entries)
        {
            keys.TryAdd(foldCase ? entry.Key.ToLowerInvariant() : entry.Key, entry.Value);
        }

        return keys;
    }

    // cidr: the first matching network answers, so order is meaning.
    private static void CompareOrdered(string file, TableFile before, TableFile after, ChangeAction action, List<ConfigurationChange> changes)
    {
        var old = before.Entries.Select(e => (e.Key, e.Value)).ToList();
        var @new = after.Entries.Select(e => (e.Key, e.Value)).ToList();
        if (old.SequenceEqual(@new))
        {
            return;
        }

        CompareKeys(file, before, after, action, null, changes, foldCase: false);
        if (old.Order().SequenceEqual(@new.Order()))
        {
            changes.Add(new(file, "(order)", ChangeKind.Changed, string.Join(", ", old.Select(e => e.Key)), string.Join(", ", @new.Select(e => e.Key)), action,
                Note: "the same entries in another order: the first matching network answers"));
        }
    }

    // regexp and pcre: rules in order, the first match wins.
    private static void CompareRules(string file, RegexpFile before, RegexpFile after, ChangeAction action, List<ConfigurationChange> changes)
    {
        var old = before.Lines.Select(Rule).ToList();
        var @new = after.Lines.Select(Rule).ToList();
        if (old.SequenceEqual(@new))
        {
            return;
        }

        var removed = old.Except(@new).ToList();
        var added = @new.Except(old).ToList();
        changes.AddRange(removed.Select(r => new ConfigurationChange(file, "rule", ChangeKind.Removed, r, null, action)));
        changes.AddRange(added.Select(r => new ConfigurationChange(file, "rule", ChangeKind.Added, null, r, action)));
        if (removed.Count == 0 && added.Count == 0)
        {
            changes.Add(new(file, "(order)", ChangeKind.Changed, null, null, action, Note: "the same rules in another order: the first match wins"));
        }
    }

    private static string Rule(RegexpLine line) => line.Kind switch
    {
        RegexpLineKind.EndIf => "endif",
        _ => (line.Kind == RegexpLineKind.If ? "if " : string.Empty) + (line.Negated ? "!" : string.Empty)
            + line.Delimiter + line.Pattern + line.Delimiter + line.Flags + (line.Action.Length > 0 ? " " + line.Action : string.Empty),
    };

    private static void CompareDefinition(string file, MainCfFile before, MainCfFile after, ChangeAction action, List<ConfigurationChange> changes)
    {
        var old = before.Parameters;
        var @new = after.Parameters;
        foreach (var name in old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal))
        {
            var x = old.GetValueOrDefault(name)?.Trim();
            var y = @new.GetValueOrDefault(name)?.Trim();
            if (!SecretValues.Same(x, y))
            {
                var secret = name is "password" or "bind_pw";
                changes.Add(new(file, name, x is null ? ChangeKind.Added : y is null ? ChangeKind.Removed : ChangeKind.Changed,
                    secret ? SecretValues.Hidden(x) : SecretValues.Shown(x, y), secret ? SecretValues.Hidden(y) : SecretValues.Shown(y, x), action));
            }
        }
    }
}
