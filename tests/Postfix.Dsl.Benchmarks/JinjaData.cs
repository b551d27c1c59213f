using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Postfix.Dsl.Benchmarks;

/// <summary>
/// The fleet as an Ansible role's variables: the shared policy once, as group variables (the header
/// rules, and the access entries unless every host has its own), and per host its main.cf
/// parameters (a list where the value is a list) and master.cf services, already as Postfix text. It is read
/// from what Postfix.Dsl renders, with the public faithful readers, once and outside the timing, so
/// the Jinja2 templates (jinja2/) render the same data; compare.sh checks their output is byte-identical.
/// </summary>
public static class JinjaData
{
    public static void Write(IEnumerable<MailHost> hosts, string path, bool distinct)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteStartArray("hosts");
        Dictionary<string, string>? first = null;
        foreach (var host in hosts)
        {
            var files = PostfixDsl.Render(host).Files.ToDictionary(f => f.Name, f => f.Content);
            first ??= files;
            json.WriteStartObject();
            json.WriteString("name", host.Name);
            MainCf(json, files["main.cf"]);
            MasterCf(json, files["master.cf"]);
            if (distinct)
            {
                Access(json, files["access"]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (first is not null)
        {
            if (!distinct)
            {
                Access(json, first["access"]);
            }

            HeaderChecks(json, first["header_checks"]);
        }

        json.WriteEndObject();
    }

    private static void MainCf(Utf8JsonWriter json, string text)
    {
        var lines = text.Split('\n');
        json.WriteStartArray("main_cf");
        foreach (var definition in MainCfReader.Read(text).Definitions)
        {
            json.WriteStartArray();
            json.WriteStringValue(definition.Name);

            // A role keeps a list as a list: written one item per line, or joined with ", ".
            var items = lines.Skip(definition.Line).TakeWhile(l => l.StartsWith("    ", System.StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
            if (items.Count == 0 && definition.Value.Contains(", ", System.StringComparison.Ordinal))
            {
                items = [.. definition.Value.Split(", ")];
            }

            if (items.Count > 0)
            {
                json.WriteStartArray();
                foreach (var item in items)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
            }
            else
            {
                json.WriteStringValue(definition.Value);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void MasterCf(Utf8JsonWriter json, string text)
    {
        json.WriteStartArray("master_cf");
        foreach (var entry in MasterCfReader.Read(text).Entries)
        {
            json.WriteStartObject();
            json.WriteString("service", entry.Service);
            json.WriteString("type", entry.Type);
            json.WriteString("private", entry.Private);
            json.WriteString("unpriv", entry.Unprivileged);
            json.WriteString("chroot", entry.Chroot);
            json.WriteString("wakeup", entry.Wakeup);
            json.WriteString("maxproc", entry.ProcessLimit);
            json.WriteString("command", string.Join(' ', entry.Arguments.Prepend(entry.Command)));
            json.WriteStartArray("options");
            foreach (var option in entry.Overrides)
            {
                json.WriteStringValue(option.Name + "=" + option.Value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Access(Utf8JsonWriter json, string text)
    {
        json.WriteStartArray("access");
        foreach (var entry in TableReader.Read(text).Entries)
        {
            json.WriteStartArray();
            json.WriteStringValue(entry.Key);
            json.WriteStringValue(entry.Value);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void HeaderChecks(Utf8JsonWriter json, string text)
    {
        json.WriteStartArray("header_checks");
        foreach (var line in RegexpReader.Read(text).Lines)
        {
            json.WriteStartArray();
            json.WriteStringValue(line.Delimiter + line.Pattern + line.Delimiter + line.Flags);
            json.WriteStringValue(line.Action);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
