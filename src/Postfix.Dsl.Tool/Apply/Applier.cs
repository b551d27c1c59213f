using System;
using System.IO;
using System.Linq;

namespace Postfix.Dsl.Tool.Apply;

/// <summary>
/// Puts a generated host folder in place on a server, and takes it back. Apply stages the files as a new
/// generation next to the live ones, supplies the secrets, builds the indexed tables, has Postfix check
/// the staged copy, swaps the files in, and runs exactly what the plan needs (reload, or stop and start,
/// or nothing). A failure before the swap changes nothing; a failure after it puts the previous
/// generation back and restores the service as it was.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Postfix runs on Unix; apply sets file modes
internal sealed class Applier(TextWriter log)
{
    /// <summary>How many generations are kept (the one in place and those before it, for rollback).</summary>
    public const int Kept = 5;

    private readonly PostfixCommands _postfix = new(log);

    /// <summary>Applies <paramref name="generated"/> to <paramref name="configDirectory"/>; returns true when something changed.</summary>
    public bool Apply(string generated, string configDirectory, string? secretsDirectory, bool dryRun)
    {
        Require(File.Exists(Path.Combine(generated, "main.cf")), $"{generated}: has no main.cf; expected a generated host folder (postfix/<host>)");
        Require(Directory.Exists(configDirectory), $"{configDirectory}: no such directory; expected the live configuration directory, e.g. /etc/postfix");
        var generations = Generations.Of(configDirectory);
        var first = !File.Exists(Path.Combine(configDirectory, "main.cf"));
        var names = Directory.GetFiles(generated).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal).ToArray();
        var previous = generations.Current ?? (first || dryRun ? null : generations.Adopt([.. names, .. IndexesOf(configDirectory, names)]));

        var staging = generations.Create();
        var folder = generations.Folder(staging);
        ConfigurationDiffResult? plan;
        try
        {
            Stage(generated, names, folder, new SecretSupply(secretsDirectory));
            RefuseForeignReferences(folder, configDirectory);
            foreach (var table in IndexedTables.In(folder, configDirectory))
            {
                // A table whose text the previous generation has unchanged keeps its index; only a changed one is built.
                if (previous is not { } last || !ReuseIndex(generations.Folder(last), folder, table))
                {
                    Succeed(_postfix.Run(table.Command == "postalias" ? PostfixCommands.Postalias : PostfixCommands.Postmap, "-c", folder, $"{table.Type}:{Path.Combine(folder, table.File)}"),
                        $"{table.File}: {table.Command} failed");
                }
            }

            plan = first ? null : ConfigurationDiff.Compare(configDirectory, folder, configDirectory);
            Print(plan, first);
            if (dryRun || plan is { SameMeaning: true })
            {
                Directory.Delete(folder, recursive: true);
                return false;
            }

            var (checkCode, checkOutput) = _postfix.Run(PostfixCommands.Postconf, "-c", folder, "-n");
            var warnings = checkOutput.Split('\n').Where(l => l.Contains("warning:", StringComparison.Ordinal)).ToList();
            Require(checkCode == 0 && warnings.Count == 0, $"postconf -n of the staged files: {(warnings.Count > 0 ? warnings[0].Trim() : "exit " + checkCode)}; nothing was changed");
            Succeed(_postfix.Run(PostfixCommands.Postfix, "-c", folder, "check"), "postfix check refused the staged files; nothing was changed");
        }
        catch
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            throw;
        }

        var running = PostfixCommands.IsRunning(configDirectory);
        generations.Install(staging, previous);
        generations.SetCurrent(staging);
        log.WriteLine($"installed generation {staging}" + (previous is { } p ? $" (previous: {p})" : string.Empty));
        if (first)
        {
            log.WriteLine("first generation: start Postfix with postfix -c " + configDirectory + " start");
            return true;
        }

        Act(plan!.Action, running, configDirectory, () => Restore(generations, previous, staging, running, configDirectory));
        generations.Prune(Kept);
        return true;
    }

    /// <summary>Returns to the generation before the current one, with the action that change needs.</summary>
    public void Rollback(string configDirectory, bool dryRun)
    {
        var generations = Generations.Of(configDirectory);
        Require(generations.Current is not null, $"{configDirectory}: no generation of postfix-dsl apply is in place; nothing to roll back to");
        var current = generations.Current!.Value;
        var before = generations.All.Where(g => g < current).Cast<int?>().LastOrDefault();
        Require(before is not null, $"{configDirectory}: generation {current} is the oldest kept; nothing to roll back to");
        var plan = ConfigurationDiff.Compare(configDirectory, generations.Folder(before!.Value), configDirectory);
        Print(plan, first: false);
        if (dryRun)
        {
            return;
        }

        var running = PostfixCommands.IsRunning(configDirectory);
        generations.Install(before.Value, current);
        generations.SetCurrent(before.Value);
        log.WriteLine($"installed generation {before.Value} (rolled back from {current})");
        Act(plan.Action, running, configDirectory, () => Restore(generations, current, before.Value, running, configDirectory));
    }

    private void Print(ConfigurationDiffResult? plan, bool first)
    {
        if (plan is null)
        {
            log.WriteLine("plan: first generation in an empty configuration directory");
            return;
        }

        log.Write("plan: ");
        Diff.DiffReport.Text(plan, log);
    }

    /// <summary>Runs what the change needs; on failure, <paramref name="restore"/> puts the previous generation back, and the reason is raised.</summary>
    private void Act(ChangeAction action, bool running, string configDirectory, Func<string> restore)
    {
        if (!running)
        {
            log.WriteLine($"Postfix is not running for {configDirectory}: nothing to reload");
            return;
        }

        var failure = action switch
        {
            ChangeAction.Reload => Failure(_postfix.Run(PostfixCommands.Postfix, "-c", configDirectory, "reload"), "postfix reload"),
            ChangeAction.Restart => Failure(_postfix.Run(PostfixCommands.Postfix, "-c", configDirectory, "stop"), "postfix stop")
                ?? Failure(_postfix.Run(PostfixCommands.Postfix, "-c", configDirectory, "start"), "postfix start"),
            _ => null,
        };
        if (failure is not null)
        {
            throw new ApplyException(failure + "; " + restore());
        }
    }

    /// <summary>Puts <paramref name="back"/> in place again and the service as it was; says what it did.</summary>
    private string Restore(Generations generations, int? back, int failed, bool wasRunning, string configDirectory)
    {
        if (back is not { } previous)
        {
            return "no previous generation to put back";
        }

        generations.Install(previous, failed);
        generations.SetCurrent(previous);
        Directory.Delete(generations.Folder(failed), recursive: true);
        log.WriteLine($"restored generation {previous}");
        if (wasRunning)
        {
            if (PostfixCommands.IsRunning(configDirectory))
            {
                _postfix.Run(PostfixCommands.Postfix, "-c", configDirectory, "stop");
            }

            if (Failure(_postfix.Run(PostfixCommands.Postfix, "-c", configDirectory, "start"), "postfix start") is { } stillFailing)
            {
                return $"generation {previous} is back in place, but {stillFailing}";
            }
        }

        return $"generation {previous} is back in place" + (wasRunning ? " and Postfix runs with it" : string.Empty);
    }

    private static void Stage(string generated, string[] names, string folder, SecretSupply secrets)
    {
        foreach (var name in names)
        {
            var text = secrets.Supply(name, File.ReadAllText(Path.Combine(generated, name)), out var hadSecrets);
            var target = Path.Combine(folder, name);
            File.WriteAllText(target, text);
            // A file with a secret is for root alone; its index inherits the mode from it.
            File.SetUnixFileMode(target, hadSecrets
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    /// <summary>The staged files must name the tables where they will be: a folder generated for another configuration directory is refused.</summary>
    private static void RefuseForeignReferences(string folder, string configDirectory)
    {
        var staged = Directory.GetFiles(folder).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, path) in IndexedTables.References(folder))
        {
            var directory = Path.GetDirectoryName(path)!;
            if (staged.Contains(Path.GetFileName(path)) && directory != configDirectory.TrimEnd('/'))
            {
                throw new ApplyException($"main.cf names {Path.GetFileName(path)} in {directory}, but --config-dir is {configDirectory}; expected a host generated with ConfigDirectory = \"{configDirectory}\"");
            }
        }
    }

    /// <summary>Copies the index of <paramref name="table"/> from <paramref name="previous"/> when its text there is the same; false when it must be built.</summary>
    private static bool ReuseIndex(string previous, string staging, IndexedTable table)
    {
        var index = table.File + (table.Type switch { "lmdb" => ".lmdb", "cdb" => ".cdb", _ => ".db" });
        var oldText = Path.Combine(previous, table.File);
        var oldIndex = Path.Combine(previous, index);
        if (!File.Exists(oldText) || !File.Exists(oldIndex) || !File.ReadAllBytes(oldText).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(staging, table.File))))
        {
            return false;
        }

        var copy = Path.Combine(staging, index);
        File.Copy(oldIndex, copy);
        File.SetUnixFileMode(copy, File.GetUnixFileMode(oldIndex));
        return true;
    }

    private static string[] IndexesOf(string configDirectory, string[] names) =>
        names.SelectMany(n => new[] { n + ".db", n + ".lmdb", n + ".cdb" }).Where(i => File.Exists(Path.Combine(configDirectory, i))).ToArray();

    private static void Require(bool condition, string reason)
    {
        if (!condition)
        {
            throw new ApplyException(reason);
        }
    }

    private static void Succeed((int ExitCode, string Output) result, string reason)
    {
        if (result.ExitCode != 0)
        {
            throw new ApplyException(reason + (result.Output.Trim() is { Length: > 0 } output ? ": " + output.Split('\n')[0] : string.Empty));
        }
    }

    private static string? Failure((int ExitCode, string Output) result, string what) =>
        result.ExitCode == 0 ? null : $"{what} failed" + (result.Output.Trim() is { Length: > 0 } output ? ": " + output.Split('\n')[0] : string.Empty);
}
