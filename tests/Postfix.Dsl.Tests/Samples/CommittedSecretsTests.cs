using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Postfix.Dsl.Tests.Samples;

/// <summary>
/// Secrets never reach a committed file: every generated file in the repository (the samples'
/// output and the approved snapshots) holds only &lt;secret:name&gt; markers where a password goes.
/// </summary>
public class CommittedSecretsTests
{
    [Fact]
    public void Every_committed_password_is_a_secret_marker()
    {
        var generated = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "samples"))
            .Select(sample => Path.Combine(sample, "postfix"))
            .Where(Directory.Exists)
            .Append(Path.Combine(RepositoryPaths.Root, "tests", "Postfix.Dsl.Tests", "Snapshots"))
            .SelectMany(folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            // ApprovalTests' *.received.* files are ignored by git and never committed: a snapshot test
            // running beside this one writes and deletes them, so one listed here can be gone when read.
            .Where(file => !Path.GetFileName(file).Contains(".received.", System.StringComparison.Ordinal))
            .ToList();
        var passwordLines = new Regex(@"^\s*(bind_pw|password)\s*=\s*(?<value>.*)$", RegexOptions.Multiline);
        var saslValues = new Regex(@"^\S+\s+[^\s:]+:(?<value>\S+)\s*$", RegexOptions.Multiline);
        var checkedValues = 0;

        foreach (var file in generated)
        {
            var text = File.ReadAllText(file);
            var values = passwordLines.Matches(text).Select(m => m.Groups["value"].Value).ToList();
            if (Path.GetFileName(file).StartsWith("sasl_passwd", System.StringComparison.Ordinal))
            {
                values.AddRange(saslValues.Matches(text).Select(m => m.Groups["value"].Value));
            }

            foreach (var value in values)
            {
                checkedValues++;
                Assert.True(Regex.IsMatch(value, "^" + Secret.MarkerPattern + "$"), $"{Path.GetRelativePath(RepositoryPaths.Root, file)} holds a password that is not a secret marker: {value}");
            }
        }

        // The Modern sample's relay password, the snapshot's two SASL passwords and its LDAP bind password at least.
        Assert.True(checkedValues >= 4, $"only {checkedValues} password values found: the scan no longer sees the files it guards");
    }
}
