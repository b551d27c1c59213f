using System;
using System.IO;
using Postfix.Dsl.Testing;
using Xunit;

namespace Postfix.Dsl.Tool.Tests;

/// <summary>
/// postfix-dsl plan: the Modern sample's model against its committed folder is nothing to do; against
/// a server copy that drifted (another banner, a relay login changed by hand) and holds its secret's
/// value, the drift is shown with what it needs, and the value never is.
/// </summary>
public sealed class PlanCommandTests : IDisposable
{
    private const string LivePassword = "live-relay-password-7c1e";

    private readonly string _server = Directory.CreateTempSubdirectory("postfix-dsl-server-").FullName;

    public void Dispose() => Directory.Delete(_server, recursive: true);

    [Fact]
    public void Plan_against_the_committed_output_is_nothing_to_do_and_against_a_drifted_server_shows_the_drift_and_no_secret()
    {
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "Modern");
        var committed = Path.Combine(sample, "postfix", "modern");

        var (same, sameText) = Plan(sample, committed);
        Assert.Equal(0, same);
        Assert.Equal("No change in meaning. Action: none.\n", sameText);

        // The server: the same files, with the secret's value where the marker is, and two changes by hand.
        foreach (var file in Directory.GetFiles(committed))
        {
            var text = File.ReadAllText(file).Replace("<secret:relay-password>", LivePassword, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(_server, Path.GetFileName(file)), text);
        }

        var mainCf = Path.Combine(_server, "main.cf");
        File.WriteAllText(mainCf, File.ReadAllText(mainCf).Replace("smtpd_banner = $myhostname ESMTP", "smtpd_banner = $myhostname ESMTP Postfix (Debian)", StringComparison.Ordinal));
        var sasl = Path.Combine(_server, "sasl_passwd");
        File.WriteAllText(sasl, File.ReadAllText(sasl).Replace("mx@example.org:", "other@example.org:", StringComparison.Ordinal));

        var (drift, driftText) = Plan(sample, _server);

        Assert.Equal(1, drift);
        Assert.Contains("~ main.cf: smtpd_banner: $myhostname ESMTP Postfix (Debian) -> $myhostname ESMTP  [reload]", driftText);
        Assert.Contains("~ sasl_passwd: key [smtp.relay.example.net]:587: (hidden: a password) -> mx@example.org:<secret:relay-password>  [postmap]", driftText);
        Assert.EndsWith("Action: postmap hash:/etc/postfix/sasl_passwd, then postfix reload.\n", driftText);
        Assert.DoesNotContain(LivePassword, driftText);
    }

    private static (int Code, string Text) Plan(string project, string against)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(["plan", project, "--against", against], output, error);
        Assert.True(code is 0 or 1, error.ToString());
        return (code, output.ToString());
    }
}
