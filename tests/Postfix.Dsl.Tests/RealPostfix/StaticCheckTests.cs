using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// The rendered files of every sample and snapshot case, checked by the real Postfix 3.7:
/// postconf reads back exactly what the model says, with no warning at all.
/// </summary>
public class StaticCheckTests
{
    [PostfixTheory]
    [MemberData(nameof(JudgedHosts.Names), MemberType = typeof(JudgedHosts))]
    public void Postconf_n_returns_exactly_the_parameters_the_model_set_and_warns_about_nothing(string host)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);

        var printed = Parse(PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-n").AssertCleanSuccess().Stdout);
        printed.Remove("config_directory"); // added by -c, not by the file

        // main.cf also holds the per-service parameters of master.cf's services (policyd-spf_time_limit).
        var expected = config.Host.MainCf.Settings
            .Concat(config.Host.MasterCf.Services.SelectMany(s => s.Transport.SettingsFor(s.Name)))
            .ToDictionary(s => s.Name, s => s.Value);
        Assert.Empty(expected.Keys.Except(printed.Keys));   // nothing missing
        Assert.Empty(printed.Keys.Except(expected.Keys));   // nothing extra
        foreach (var (name, value) in expected)
        {
            AssertSameValue(name, value, printed[name], config.Directory);
        }
    }

    [PostfixTheory]
    [MemberData(nameof(JudgedHosts.Names), MemberType = typeof(JudgedHosts))]
    public void Postconf_M_F_and_P_return_the_models_services_fields_commands_and_overrides(string host)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var services = config.Host.MasterCf.Services;

        var listed = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-M").AssertCleanSuccess().Stdout
            .Split('\n', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 3, System.StringSplitOptions.RemoveEmptyEntries)[..2])
            .Select(words => $"{words[0]}/{words[1]}");
        Assert.Equal(services.Select(s => $"{s.Name}/{Spelling(s.Type)}"), listed);

        var fields = Parse(PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-F").AssertCleanSuccess().Stdout);
        var expectedFields = new Dictionary<string, string>();
        foreach (var service in services)
        {
            var key = $"{service.Name}/{Spelling(service.Type)}/";
            expectedFields[key + "service"] = service.Name;
            expectedFields[key + "type"] = Spelling(service.Type);
            expectedFields[key + "private"] = Flag(service.Private);
            expectedFields[key + "unprivileged"] = Flag(service.Unprivileged);
            expectedFields[key + "chroot"] = Flag(service.Chroot);
            expectedFields[key + "wakeup"] = service.Wakeup is { } wakeup ? wakeup.Seconds + (wakeup.OnlyWhenUsed ? "?" : string.Empty) : "-";
            expectedFields[key + "process_limit"] = service.MaxProcesses?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
            var command = CommandWords(fields[key + "command"]);
            Assert.Equal([service.Command, .. service.Arguments], command);
            fields.Remove(key + "command");
        }

        Assert.Equal(expectedFields.OrderBy(p => p.Key), fields.OrderBy(p => p.Key));

        var overrides = Parse(PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-P").AssertCleanSuccess().Stdout);
        var expectedOverrides = services.SelectMany(s => s.Overrides.Settings.Select(o => ($"{s.Name}/{Spelling(s.Type)}/{o.Name}", o.Value))).ToList();
        Assert.Equal(expectedOverrides.Select(o => o.Item1).Order(), overrides.Keys.Order());
        foreach (var (key, value) in expectedOverrides)
        {
            AssertSameValue(key, value, overrides[key], config.Directory);
        }
    }

    [PostfixTheory]
    [MemberData(nameof(JudgedHosts.Names), MemberType = typeof(JudgedHosts))]
    public void Postfix_check_is_clean(string host)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);

        var check = PostfixTools.Run(PostfixTools.Postfix, "-c", config.Directory, "check");

        Assert.True(check.ExitCode == 0 && check.Stdout.Length == 0 && check.Stderr.Length == 0, $"postfix check:\n{check.Stderr}{check.Stdout}");
    }

    [PostfixTheory]
    [MemberData(nameof(JudgedHosts.NamesWithSyslog), MemberType = typeof(JudgedHosts))]
    public void Rsyslogd_accepts_the_syslog_file(string host)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);

        var check = PostfixTools.Run(PostfixTools.Rsyslogd, "-N1", "-f", config.PathOf("syslog.conf"));

        Assert.True(check.ExitCode == 0, $"rsyslogd -N1:\n{check.Stderr}{check.Stdout}");
        Assert.DoesNotContain("error", check.Stderr + check.Stdout, System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses <c>name = value</c> lines (postconf -n, -F, -P).</summary>
    internal static Dictionary<string, string> Parse(string output)
    {
        var values = new Dictionary<string, string>();
        foreach (var line in output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = line.IndexOf(" =", System.StringComparison.Ordinal);
            Assert.True(equals > 0, $"not a 'name = value' line: {line}");
            values[line[..equals]] = line[(equals + 2)..].TrimStart(' ');
        }

        return values;
    }

    /// <summary>
    /// Compares a model value with what postconf printed. postconf prints every value with runs of
    /// blanks between words reduced to one (pcf_print_line in postconf_print.c "normalizes the
    /// whitespace"; daemons read the file as written), so blank runs compare as one blank.
    /// </summary>
    internal static void AssertSameValue(string name, object value, string printed, string configDirectory)
    {
        var (scalar, items) = ModelExpectations.Of(value, configDirectory);
        if (scalar is not null)
        {
            Assert.True(Blanks(scalar) == printed, $"{name}: the model says \"{scalar}\", Postfix read \"{printed}\"");
        }
        else
        {
            // The milter macro lists are split without { } grouping: the braces belong to the macro names.
            var read = UngroupedLists.Contains(name)
                ? printed.Split([',', ' ', '\t'], System.StringSplitOptions.RemoveEmptyEntries)
                : PostfixLists.Split(printed);
            Assert.True(items!.Select(Blanks).SequenceEqual(read), $"{name}: the model says [{string.Join(" | ", items!)}], Postfix read \"{printed}\"");
        }
    }

    private static string Blanks(string text) => System.Text.RegularExpressions.Regex.Replace(text, "[ \t]+", " ");

    /// <summary>The command and its arguments from a -F command field, without the -o overrides.</summary>
    private static List<string> CommandWords(string command)
    {
        var words = new List<string>();
        var tokens = Tokens(command);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "-o")
            {
                i++;
                continue;
            }

            words.Add(tokens[i]);
        }

        return words;
    }

    /// <summary>Whitespace-separated words, where { ... } is one word without its braces (master(5)).</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
            }
            else if (text[i] == '{')
            {
                var end = text.IndexOf('}', i);
                tokens.Add(text[(i + 1)..end].Trim());
                i = end + 1;
            }
            else
            {
                var end = text.IndexOf(' ', i);
                end = end < 0 ? text.Length : end;
                tokens.Add(text[i..end]);
                i = end;
            }
        }

        return tokens;
    }

    private static string Spelling(ServiceType type) => type == ServiceType.UnixDgram ? "unix-dgram" : type.ToString().ToLowerInvariant();

    private static string Flag(bool? flag) => flag switch { true => "y", false => "n", null => "-" };
}
