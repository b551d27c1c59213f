using System;
using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// Every compatibility level the model offers is one Postfix accepts as written, and the relay rule
/// knows Postfix's default at each: nothing from level 1 on, which the real postconf confirms.
/// </summary>
public class CompatibilityLevelTests
{
    public static TheoryData<CompatibilityLevel> Levels() => [.. Enum.GetValues<CompatibilityLevel>()];

    [Theory]
    [MemberData(nameof(Levels))]
    public void Postconf_reads_each_readLevelas_written_without_a_warning_and_the_relay_default_matches_the_rule(CompatibilityLevel level)
    {
        PostfixTools.Require();
        // No relay restrictions at all: only Postfix's default, which depends on the level, protects.
        var host = TestHosts.WithMainCf(new() { CompatibilityLevel = level, DisableVrfyCommand = true });
        var open = HostValidator.Diagnose(host).Any(f => f.Rule == ValidationRules.OpenRelay);
        if (open)
        {
            host = TestHosts.WithMainCf(new() { CompatibilityLevel = level, DisableVrfyCommand = true, SmtpdRecipientRestrictions = [Restrictions.RejectUnauthDestination] });
        }

        using var config = RenderedConfig.Write(host);
        var written = config.Rendered.Files.Single(f => f.Name == "main.cf").Content.Split('\n').Single(l => l.StartsWith("compatibility_level = ", StringComparison.Ordinal));
        var readLevel = PostfixTools.Run("/usr/sbin/postconf", "-c", config.Directory, "-h", "compatibility_level");
        // Postfix's own default at this level, expanded (an empty list below level 1).
        var relayDefault = PostfixTools.Run("/usr/sbin/postconf", "-c", config.Directory, "-xh", "smtpd_relay_restrictions");

        Assert.Equal("", readLevel.Stderr);
        Assert.Equal(written["compatibility_level = ".Length..], readLevel.Stdout.TrimEnd('\n'));
        Assert.Equal("", relayDefault.Stderr);
        // The rule calls a host without relay restrictions open exactly when Postfix's default is empty.
        Assert.Equal(relayDefault.Stdout.Trim().Length == 0, open);
    }
}
