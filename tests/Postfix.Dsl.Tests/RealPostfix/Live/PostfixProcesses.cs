using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// The processes of a private Postfix instance, found by its configuration directory: postfix starts
/// master with MAIL_CONFIG set, and every daemon inherits it. Shared by every test that starts one.
/// </summary>
internal static class PostfixProcesses
{
    /// <summary>
    /// Stops the instance of <paramref name="configDirectory"/> (postfix stop, then SIGKILL for whatever is
    /// left after 15 s) and returns the processes that still run: none, unless something is badly wrong.
    /// </summary>
    public static IReadOnlyList<int> Stop(string configDirectory)
    {
        if (File.Exists(Path.Combine(configDirectory, "main.cf")))
        {
            PostfixTools.Run(PostfixTools.Postfix, "-c", configDirectory, "stop");
        }

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Of(configDirectory).Any() && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }

        foreach (var pid in Of(configDirectory))
        {
            PostfixTools.Run("/bin/kill", "-9", pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return Of(configDirectory).ToList();
    }

    /// <summary>The processes whose environment says MAIL_CONFIG=<paramref name="configDirectory"/>.</summary>
    public static IEnumerable<int> Of(string configDirectory)
    {
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string environment;
            try
            {
                environment = File.ReadAllText(Path.Combine(directory, "environ"));
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            if (environment.Split('\0').Contains("MAIL_CONFIG=" + configDirectory))
            {
                yield return pid;
            }
        }
    }
}
