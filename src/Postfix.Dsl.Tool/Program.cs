using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Postfix.Dsl.Tool.Import;

namespace Postfix.Dsl.Tool;

/// <summary>
/// postfix-dsl: the command line. Exit codes scripts can rely on: import exits 0 when done, 1 when
/// the input cannot be imported (the reason on stderr, with the file and line; nothing written);
/// diff and plan exit 0 when both configurations mean the same, 1 when they differ, 2 when one cannot
/// be read (or the model does not build);
/// and 2 when the command line itself is wrong.
/// </summary>
public static class Program
{
    public const int Done = 0;
    public const int InputRefused = 1;
    public const int DifferentMeaning = 1;
    public const int Unreadable = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configDirectory = new Argument<DirectoryInfo>("config-dir") { Description = "A Postfix configuration directory: a server's /etc/postfix, or a copy of it." };
        var projectDirectory = new Option<DirectoryInfo>("--output", "-o") { Description = "The project folder to write (created if missing).", Required = true };
        var name = new Option<string?>("--name") { Description = "The host's name (its output folder); by default the configuration's myhostname up to the first dot, else the folder's name." };
        var hostDirectory = new Option<string?>("--host-directory") { Description = "Where the configuration lives on the host (e.g. /opt/postfix/conf); table references under it are read from config-dir. Default: its config_directory, else /etc/postfix." };
        var modernize = new Option<bool>("--modernize") { Description = "Apply the code fixes for obsolete forms (renamed parameters, obsolete restrictions, fifo services) instead of keeping them; each change is listed." };
        var import = new Command("import", "Bring an existing Postfix host into typed Postfix.Dsl C#: reads main.cf and master.cf, writes a project whose build writes files of the same meaning.")
        {
            configDirectory, projectDirectory, name, hostDirectory, modernize,
        };
        import.SetAction(parse =>
        {
            var directory = parse.GetValue(configDirectory)!;
            try
            {
                var hostName = parse.GetValue(name) ?? DefaultName(directory);
                var result = Importer.Import(directory.FullName, hostName, parse.GetValue(hostDirectory), parse.GetValue(modernize));
                foreach (var change in result.Issues.Modernized)
                {
                    error.WriteLine($"postfix-dsl: modernized: {change}");
                }

                ProjectWriter.Write(parse.GetValue(projectDirectory)!.FullName, result);
                foreach (var untyped in result.Issues.Untyped)
                {
                    error.WriteLine($"postfix-dsl: {Path.Combine(directory.FullName, untyped)}");
                }

                output.WriteLine($"postfix-dsl: imported {hostName}: {result.Issues.TypedValues} values typed, {result.Issues.Untyped.Count} through the escape hatch; wrote {Path.Combine(parse.GetValue(projectDirectory)!.FullName, result.FileName)}");
                return Done;
            }
            catch (ImportException exception)
            {
                error.WriteLine("postfix-dsl: error: " + exception.Message);
                return InputRefused;
            }
        });

        var oldDirectory = new Argument<DirectoryInfo>("old-dir") { Description = "The configuration before: a committed copy, or the base branch's generated host folder." };
        var newDirectory = new Argument<DirectoryInfo>("new-dir") { Description = "The configuration after." };
        var format = new Option<string>("--format") { Description = "text (default) or markdown (for a pull-request comment or a CI step summary).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown");
        var diff = new Command("diff", "What differs in meaning between two Postfix configuration directories, and what each change needs (postmap, postalias, reload, restart). Exit code: 0 same meaning, 1 different, 2 error.")
        {
            oldDirectory, newDirectory, format,
        };
        diff.SetAction(parse => Compared(
            () => ConfigurationDiff.Compare(parse.GetValue(oldDirectory)!.FullName, parse.GetValue(newDirectory)!.FullName), parse.GetValue(format)!, output, error));

        var project = new Argument<DirectoryInfo>("project-dir") { Description = "The Postfix.Dsl project whose model is the wanted configuration." };
        var against = new Option<DirectoryInfo>("--against") { Description = "The configuration to compare with: a server's /etc/postfix (drift detection), or a committed copy.", Required = true };
        var hostName = new Option<string?>("--host") { Description = "The host of the model the configuration directory is (needed when the model has several)." };
        var planFormat = new Option<string>("--format") { Description = "text (default) or markdown.", DefaultValueFactory = _ => "text" };
        planFormat.AcceptOnlyFromAmong("text", "markdown");
        var plan = new Command("plan", "Build the model into a temporary folder and show what differs from a configuration directory, and what applying it needs. Against /etc/postfix on a server, this is drift detection. Exit code: 0 nothing to do, 1 changes, 2 error.")
        {
            project, against, hostName, planFormat,
        };
        plan.SetAction(parse => Compared(
            () =>
            {
                using var model = Diff.ModelOutput.Build(parse.GetValue(project)!.FullName);
                return ConfigurationDiff.Compare(parse.GetValue(against)!.FullName, model.Host(parse.GetValue(hostName)));
            },
            parse.GetValue(planFormat)!,
            output,
            error));

        var generatedHost = new Argument<DirectoryInfo>("generated-host-dir") { Description = "The host's generated folder (postfix/<host>) from the commit to deploy." };
        var liveDirectory = new Option<DirectoryInfo>("--config-dir") { Description = "The live configuration directory, e.g. /etc/postfix.", Required = true };
        var secrets = new Option<DirectoryInfo?>("--secrets-dir") { Description = "A folder with one file per secret, named after it; the environment variable POSTFIX_DSL_SECRET_<NAME> comes first." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan and do nothing." };
        var apply = new Command("apply", "Put a generated host folder in place: stage it as a new generation, supply the secrets, build the indexed tables, have Postfix check it, swap it in, then reload, restart or nothing as the plan says. Any failure puts the previous generation back. Exit code: 0 applied (or nothing to do), 1 refused or rolled back, 2 wrong command line.")
        {
            generatedHost, liveDirectory, secrets, dryRun,
        };
        apply.SetAction(parse =>
        {
            if (OperatingSystem.IsWindows())
            {
                return NotOnWindows(error);
            }

            return ApplyHost(output, error, parse.GetValue(generatedHost)!.FullName, parse.GetValue(liveDirectory)!.FullName, parse.GetValue(secrets)?.FullName, parse.GetValue(dryRun));
        });
        var rollbackDirectory = new Option<DirectoryInfo>("--config-dir") { Description = "The live configuration directory, e.g. /etc/postfix.", Required = true };
        var rollbackDryRun = new Option<bool>("--dry-run") { Description = "Print the plan and do nothing." };
        var rollback = new Command("rollback", "Return to the generation before the one in place, with the reload or restart that change needs.")
        {
            rollbackDirectory, rollbackDryRun,
        };
        rollback.SetAction(parse =>
        {
            if (OperatingSystem.IsWindows())
            {
                return NotOnWindows(error);
            }

            return RollbackHost(output, error, parse.GetValue(rollbackDirectory)!.FullName, parse.GetValue(rollbackDryRun));
        });

        var root = new RootCommand("postfix-dsl: tools for Postfix.Dsl, typed C# for Postfix mail hosts.") { import, diff, plan, apply, rollback };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("postfix-dsl: " + parseError.Message);
            }

            return 2;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int NotOnWindows(TextWriter error)
    {
        error.WriteLine("postfix-dsl: error: apply and rollback run on the Postfix server (Linux or another Unix)");
        return Unreadable;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static int ApplyHost(TextWriter output, TextWriter error, string generated, string configDirectory, string? secretsDirectory, bool dryRun) =>
        Deploy(error, () => new Apply.Applier(output).Apply(generated, configDirectory, secretsDirectory, dryRun));

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static int RollbackHost(TextWriter output, TextWriter error, string configDirectory, bool dryRun) =>
        Deploy(error, () => new Apply.Applier(output).Rollback(configDirectory, dryRun));

    // apply and rollback: a refusal or a rollback is exit 1 with the reason.
    private static int Deploy(TextWriter error, Action run)
    {
        try
        {
            run();
            return Done;
        }
        catch (Exception exception) when (exception is Apply.ApplyException or ConfigurationReadException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine("postfix-dsl: error: " + exception.Message);
            return DifferentMeaning;
        }
    }

    /// <summary>diff and plan: the comparison reported in <paramref name="format"/>, and its exit code (an unreadable file is exit code 2).</summary>
    private static int Compared(Func<ConfigurationDiffResult> compare, string format, TextWriter output, TextWriter error)
    {
        try
        {
            var result = compare();
            Report(result, format, output);
            return result.SameMeaning ? Done : DifferentMeaning;
        }
        catch (ConfigurationReadException exception)
        {
            error.WriteLine("postfix-dsl: error: " + exception.Message);
            return Unreadable;
        }
    }

    private static void Report(ConfigurationDiffResult result, string format, TextWriter output)
    {
        if (format == "markdown")
        {
            Diff.DiffReport.Markdown(result, output);
        }
        else
        {
            Diff.DiffReport.Text(result, output);
        }
    }

    // myhostname = mail.example.org -> "mail"; without one, the folder's name.
    private static string DefaultName(DirectoryInfo directory)
    {
        var mainCf = Path.Combine(directory.FullName, "main.cf");
        var hostname = File.Exists(mainCf) ? MainCfReader.Read(File.ReadAllText(mainCf)).Parameters.GetValueOrDefault("myhostname") : null;
        var name = hostname is { Length: > 0 } && !hostname.Contains('$') ? hostname.Split('.')[0] : directory.Name;
        return HostFolderName.IsValid(name) ? name : "host";
    }
}
