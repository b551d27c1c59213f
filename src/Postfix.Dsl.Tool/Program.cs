using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Postfix.Dsl.Tool.Import;

namespace Postfix.Dsl.Tool;

/// <summary>
/// postfix-dsl: the command line. Exit codes scripts can rely on: 0 done, 1 the input cannot be
/// imported (the reason on stderr, with the file and line; nothing written), 2 the command line
/// itself is wrong.
/// </summary>
public static class Program
{
    public const int Done = 0;
    public const int InputRefused = 1;

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

        var root = new RootCommand("postfix-dsl: tools for Postfix.Dsl, typed C# for Postfix mail hosts.") { import };
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

    // myhostname = mail.example.org -> "mail"; without one, the folder's name.
    private static string DefaultName(DirectoryInfo directory)
    {
        var mainCf = Path.Combine(directory.FullName, "main.cf");
        var hostname = File.Exists(mainCf) ? MainCfReader.Read(File.ReadAllText(mainCf)).Parameters.GetValueOrDefault("myhostname") : null;
        var name = hostname is { Length: > 0 } && !hostname.Contains('$') ? hostname.Split('.')[0] : directory.Name;
        return HostFolderName.IsValid(name) ? name : "host";
    }
}
