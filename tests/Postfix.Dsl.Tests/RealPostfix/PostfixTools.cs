using System.Collections.Generic;
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// The real Postfix 3.7, postmap and rsyslogd, our judges. Missing on a developer's machine, their
/// tests are skipped with the reason; missing in CI (CI=true), their tests fail.
/// </summary>
internal static class PostfixTools
{
    public const string Postconf = "/usr/sbin/postconf";
    public const string Postmap = "/usr/sbin/postmap";
    public const string Postalias = "/usr/sbin/postalias";
    public const string Postfix = "/usr/sbin/postfix";
    public const string Rsyslogd = "/usr/sbin/rsyslogd";

    public const string SmtpSink = "/usr/sbin/smtp-sink";
    public const string Dovecot = "/usr/sbin/dovecot";
    public const string OpenDkim = "/usr/sbin/opendkim";
    public const string OpenSsl = "/usr/bin/openssl";
    public const string Sqlite3 = "/usr/bin/sqlite3";
    public const string Slapd = "/usr/sbin/slapd";
    public const string Slapadd = "/usr/sbin/slapadd";
    public const string Setpriv = "/usr/bin/setpriv";

    /// <summary>The PostgreSQL server programs (initdb, postgres, psql) of the newest installed major version.</summary>
    public static string PostgresBin { get; } =
        (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Order(StringComparer.Ordinal).LastOrDefault() : null) is { } version
            ? Path.Combine(version, "bin")
            : "/usr/lib/postgresql/(none)/bin";

    // The live tests' real components (Dovecot for SASL, OpenDKIM as a milter, openssl for
    // certificates, smtp-sink to receive what Postfix relays) are judges like Postfix itself.
    private static readonly string[] Required = [Postconf, Postmap, Postfix, Rsyslogd, "/usr/lib/postfix/sbin/master", SmtpSink, Dovecot, OpenDkim, OpenSsl, Sqlite3, "/usr/lib/postfix/postfix-sqlite.so", Slapd, Slapadd, "/usr/lib/postfix/postfix-ldap.so",
        "/usr/lib/postfix/postfix-pgsql.so", "/usr/lib/postfix/postfix-mysql.so", PostgresBin + "/initdb", PostgresBin + "/postgres", PostgresBin + "/psql", PostgresBin + "/pg_isready", Setpriv];

    public static bool InCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Why the judges are unavailable, or null when they are installed.</summary>
    public static string? MissingReason { get; } = Required.Where(p => !File.Exists(p)).ToArray() is { Length: > 0 } missing
        ? $"the real Postfix is not installed (missing {string.Join(", ", missing)}): run `bash .ci/run` as root, or apt-get install postfix postfix-pcre postfix-lmdb postfix-cdb postfix-sqlite postfix-ldap postfix-pgsql postfix-mysql sqlite3 slapd ldap-utils postgresql rsyslog swaks openssl dovecot-core opendkim"
        : null;

    /// <summary>Fails the test when a judge is missing (reached only in CI, where skipping is not allowed).</summary>
    public static void Require()
    {
        if (MissingReason is { } reason)
        {
            Assert.Fail("CI must run the real-Postfix tests, but " + reason);
        }
    }

    /// <summary>Runs a tool to completion (30 s at most) and returns what it printed.</summary>
    public static ToolResult Run(string executable, params string[] arguments) => Run(executable, arguments, input: null);

    /// <summary>Runs a tool with <paramref name="input"/> lines on its standard input (postmap -q -).</summary>
    public static ToolResult Run(string executable, string[] arguments, IEnumerable<string>? input)
    {
        Require();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            foreach (var line in input)
            {
                process.StandardInput.Write(line + "\n");
            }

            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{executable} {string.Join(' ', arguments)} did not finish in 30 s");
        }

        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result, $"{executable} {string.Join(' ', arguments)}");
    }
}

/// <summary>What a tool printed.</summary>
internal sealed record ToolResult(int ExitCode, string Stdout, string Stderr, string CommandLine)
{
    /// <summary>Asserts exit code 0 and nothing at all on standard error (no warning).</summary>
    public ToolResult AssertCleanSuccess()
    {
        Assert.True(ExitCode == 0 && Stderr.Length == 0, $"{CommandLine} exited {ExitCode} with:\n{Stderr}{Stdout}");
        return this;
    }

    /// <summary>Asserts exit code 0, whatever standard error says (tools such as openssl report progress there).</summary>
    public ToolResult AssertSuccess()
    {
        Assert.True(ExitCode == 0, $"{CommandLine} exited {ExitCode} with:\n{Stderr}{Stdout}");
        return this;
    }
}

/// <summary>A fact that needs the real Postfix: skipped with the reason when it is missing, except in CI.</summary>
public sealed class PostfixFactAttribute : FactAttribute
{
    public PostfixFactAttribute()
    {
        if (PostfixTools.MissingReason is { } reason && !PostfixTools.InCi)
        {
            Skip = reason;
        }
    }

    /// <summary>True for tests that start real servers (Postfix, Dovecot, a DNS server on port 53), as for <see cref="PostfixTheoryAttribute.NeedsRoot"/>.</summary>
    public bool NeedsRoot
    {
        get => false;
        init => Skip ??= PostfixTheoryAttribute.RootSkip(value);
    }
}

/// <summary>A theory that needs the real Postfix: skipped with the reason when it is missing, except in CI.</summary>
public sealed class PostfixTheoryAttribute : TheoryAttribute
{
    public PostfixTheoryAttribute()
    {
        if (PostfixTools.MissingReason is { } reason && !PostfixTools.InCi)
        {
            Skip = reason;
        }
    }

    /// <summary>
    /// True for tests that start a Postfix master and a DNS server on port 53, which need root:
    /// skipped with the reason for other users, except in CI.
    /// </summary>
    public bool NeedsRoot
    {
        get => false;
        init => Skip ??= RootSkip(value);
    }

    /// <summary>Why a test that needs root is skipped here, or null (never in CI, where it must run).</summary>
    internal static string? RootSkip(bool needsRoot) =>
        needsRoot && !PostfixTools.InCi && System.Environment.UserName != "root"
            ? "starts a real Postfix master and a DNS server on port 53, which needs root: run it as root, or through `bash .ci/run`"
            : null;
}
