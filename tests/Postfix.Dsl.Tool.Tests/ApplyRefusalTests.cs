using System;
using System.IO;
using System.Linq;
using Postfix.Dsl.Tests.RealPostfix;
using Xunit;

namespace Postfix.Dsl.Tool.Tests;

/// <summary>
/// What postfix-dsl apply refuses before it touches anything, and what --dry-run does: nothing but the
/// plan. No running Postfix is needed: the live directory is a plain folder. Its secrets have names of
/// their own: the environment is shared with the tests that run beside it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ApplyRefusalTests : IDisposable
{
    private readonly string _base = Directory.CreateTempSubdirectory("postfix-dsl-apply-refusal-").FullName;

    private string Live => Path.Combine(_base, "live");

    public void Dispose() => Directory.Delete(_base, recursive: true);

    private MailHost Host(string banner, string? configDirectory = null) => new()
    {
        Name = "refusal",
        ConfigDirectory = configDirectory ?? Live,
        MainCf = new()
        {
            CompatibilityLevel = CompatibilityLevel.Level3_6,
            Myhostname = "mail.example.org",
            SmtpdBanner = "$myhostname ESMTP " + banner,
            DisableVrfyCommand = true,
            SmtpSaslPasswordMaps = [new SaslPasswordTable { FileName = "sasl_passwd", Entries = [new(Nexthop.Host("relay.example.net", 587), "mx", new Secret("refusal-password"))] }],
        },
    };

    [PostfixFact]
    public void A_missing_secret_a_folder_generated_for_another_directory_and_a_dry_run_change_nothing()
    {
        Directory.CreateDirectory(Live);
        var before = Snapshot();

        var missing = Apply(Generate(Host("v1"), "g1"));
        Assert.Equal(1, missing.Code);
        Assert.Equal("postfix-dsl: error: sasl_passwd: the secret refusal-password is not supplied; expected the environment variable POSTFIX_DSL_SECRET_REFUSAL_PASSWORD, or --secrets-dir with a file named refusal-password\n", missing.Error);
        Assert.Equal(before, Snapshot());

        // From a secrets folder; a folder generated for /etc/postfix is refused.
        var secrets = Directory.CreateDirectory(Path.Combine(_base, "secrets")).FullName;
        File.WriteAllText(Path.Combine(secrets, "refusal-password"), "from-a-file\n");
        var foreign = Apply(Generate(Host("v1", "/etc/postfix"), "g2"), "--secrets-dir", secrets);
        Assert.Equal(1, foreign.Code);
        Assert.Equal($"postfix-dsl: error: main.cf names sasl_passwd in /etc/postfix, but --config-dir is {Live}; expected a host generated with ConfigDirectory = \"{Live}\"\n", foreign.Error);
        Assert.Equal(before, Snapshot());

        // The first generation, then a dry run of a second: the plan, and nothing else.
        Assert.Equal(0, Apply(Generate(Host("v1"), "g3"), "--secrets-dir", secrets).Code);
        Assert.Contains("mx:from-a-file", File.ReadAllText(Path.Combine(Live, "sasl_passwd")));
        var installed = Snapshot();
        var dryRun = Apply(Generate(Host("v2"), "g4"), "--secrets-dir", secrets, "--dry-run");
        Assert.Equal(0, dryRun.Code);
        Assert.Contains("~ main.cf: smtpd_banner: $myhostname ESMTP v1 -> $myhostname ESMTP v2  [reload]", dryRun.Text);
        Assert.DoesNotContain("from-a-file", dryRun.Text);
        Assert.Equal(installed, Snapshot());
    }

    [PostfixFact]
    public void Secrets_come_from_the_variable_or_file_the_model_names()
    {
        Directory.CreateDirectory(Live);
        var file = Path.Combine(_base, "backup-secret");
        File.WriteAllText(file, "from-the-named-file\n");
        var host = Host("v1") with
        {
            MainCf = Host("v1").MainCf with
            {
                SmtpSaslPasswordMaps = [new SaslPasswordTable
                {
                    FileName = "sasl_passwd",
                    Entries =
                    [
                        new(Nexthop.Host("relay.example.net", 587), "mx", Secret.FromEnvironment("relay-password", "SMTP_RELAY_PW_TEST")),
                        new(Nexthop.Host("backup.example.net", 587), "mx", Secret.FromFile("backup-password", file)),
                    ],
                }],
            },
        };
        var generated = Generate(host, "named");
        Assert.Contains("mx:<secret:relay-password;env=SMTP_RELAY_PW_TEST>", File.ReadAllText(Path.Combine(generated, "sasl_passwd")));

        var missing = Apply(generated);
        Assert.Equal(1, missing.Code);
        Assert.Contains("the secret relay-password is not supplied; expected the environment variable SMTP_RELAY_PW_TEST, as the model says", missing.Error);

        Environment.SetEnvironmentVariable("SMTP_RELAY_PW_TEST", "from-the-named-variable");
        try
        {
            Assert.Equal(0, Apply(generated).Code);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SMTP_RELAY_PW_TEST", null);
        }

        var applied = File.ReadAllText(Path.Combine(Live, "sasl_passwd"));
        Assert.Contains("mx:from-the-named-variable", applied);
        Assert.Contains("mx:from-the-named-file", applied);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Live, "sasl_passwd")));
    }

    private string Generate(MailHost host, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_base, name)).FullName;
        foreach (var file in PostfixDsl.Render(host).Files)
        {
            File.WriteAllText(Path.Combine(folder, file.Name), file.Content);
        }

        return folder;
    }

    private (int Code, string Text, string Error) Apply(string generated, params string[] more)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(["apply", generated, "--config-dir", Live, .. more], output, error);
        return (code, output.ToString(), error.ToString());
    }

    // Every file under the live directory (generations included) with its content.
    private string Snapshot() => string.Join("\n", Directory.GetFiles(Live, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(Live, f) + ": " + (f.EndsWith(".db", StringComparison.Ordinal) ? new FileInfo(f).Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : File.ReadAllText(f))));
}
