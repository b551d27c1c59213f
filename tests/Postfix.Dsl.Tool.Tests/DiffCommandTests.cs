using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Postfix.Dsl.Testing;
using Xunit;

namespace Postfix.Dsl.Tool.Tests;

/// <summary>
/// postfix-dsl diff: one snapshot per kind of change (Snapshots/diff/), each showing the exit code and
/// what the command prints, from a hand-written configuration and a copy changed one way.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("postfix-dsl-diff-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly Dictionary<string, string> Base = new()
    {
        ["main.cf"] = """
            # A small host with one table of each shape.
            myhostname = mail.example.org
            mydomain = example.org
            myorigin = $mydomain
            inet_interfaces = all
            mynetworks = 127.0.0.0/8, [::1]/128
            smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination,
                check_client_access cidr:/etc/postfix/clients.cidr, check_sender_access hash:/etc/postfix/access
            header_checks = pcre:/etc/postfix/header_checks.pcre
            alias_maps = hash:/etc/postfix/aliases
            alias_database = hash:/etc/postfix/aliases
            virtual_alias_maps = sqlite:/etc/postfix/virtual.cf

            """,
        ["master.cf"] = """
            smtp       inet  n  -  y  -  -  smtpd
            submission inet  n  -  y  -  -  smtpd
              -o smtpd_tls_security_level=encrypt
              -o smtpd_sasl_auth_enable=yes
            pickup     unix  n  -  y  60 1  pickup

            """,
        ["access"] = "spam.example    REJECT\nham.example     OK\n",
        ["clients.cidr"] = "192.0.2.0/24    REJECT\n192.0.2.7       OK\n",
        ["header_checks.pcre"] = "/^Subject: viagra/    REJECT\n/^X-Mailer: bulk/     DISCARD\n",
        ["aliases"] = "postmaster: root\nabuse: root\n",
        ["virtual.cf"] = "dbpath = /var/lib/postfix/mail.sqlite\nquery = SELECT goto FROM alias WHERE address='%s'\n",
    };

    /// <summary>Each kind of change: the files of the new directory that differ from the base.</summary>
    public static TheoryData<string> Scenarios() => new(Changes.Keys.Order());

    private static readonly Dictionary<string, Func<Dictionary<string, string>, Dictionary<string, string>>> Changes = new()
    {
        ["parameter"] = f => With(f, "main.cf", f["main.cf"].Replace("myhostname = mail.example.org", "myhostname = mx.example.org")),
        ["restart"] = f => With(f, "main.cf", f["main.cf"].Replace("inet_interfaces = all", "inet_interfaces = 127.0.0.1, 127.0.0.2")),
        ["expansion"] = f => With(f, "main.cf", f["main.cf"].Replace("mydomain = example.org", "mydomain = example.net")),
        ["same-meaning"] = f => With(With(With(f,
            "main.cf", """
                # The same host: lines moved, lists respaced and wrapped, a default written out, no comment.
                virtual_alias_maps = sqlite:/etc/postfix/virtual.cf
                alias_database = hash:/etc/postfix/aliases
                alias_maps = hash:/etc/postfix/aliases
                header_checks = pcre:/etc/postfix/header_checks.pcre
                smtpd_recipient_restrictions =
                    permit_mynetworks
                    reject_unauth_destination
                    check_client_access cidr:/etc/postfix/clients.cidr
                    check_sender_access hash:/etc/postfix/access
                mynetworks = 127.0.0.0/8 [::1]/128
                inet_interfaces = all
                myorigin = $mydomain
                mydomain = example.org
                myhostname = mail.example.org
                biff = yes

                """),
            "master.cf", "pickup unix n - y 60 1 pickup\nsmtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd -o smtpd_sasl_auth_enable=yes -o smtpd_tls_security_level=encrypt\n"),
            "access", "# Reordered, one key in capitals (postmap folds them).\nham.example OK\nSPAM.example REJECT\n"),
        ["master-cf"] = f => With(f, "master.cf", """
            smtp       inet  n  -  y  -  -  smtpd
            submission inet  n  -  n  -  -  smtpd
              -o smtpd_tls_security_level=may
              -o smtpd_client_restrictions=permit_sasl_authenticated,reject
            pickup     unix  n  -  y  60 1  pickup
            smtps      inet  n  -  y  -  -  smtpd -o smtpd_tls_wrappermode=yes

            """),
        ["access-table"] = f => With(f, "access", "spam.example    REJECT No spam here\nbad.example     REJECT\n"),
        ["cidr-order"] = f => With(f, "clients.cidr", "192.0.2.7       OK\n192.0.2.0/24    REJECT\n"),
        ["pattern-table"] = f => With(f, "header_checks.pcre", "/^Subject: viagra/    REJECT\n/^X-Mailer: mass/     DISCARD\n"),
        ["aliases"] = f => With(f, "aliases", "postmaster: root\nabuse: security@example.org\n"),
        ["definition"] = f => With(f, "virtual.cf", "dbpath = /var/lib/postfix/mail.sqlite\nquery = SELECT goto FROM alias WHERE address='%s' AND active = 1\n"),
        ["table-added"] = f => With(With(f, "main.cf", f["main.cf"] + "transport_maps = hash:/etc/postfix/transport\n"), "transport", "example.net    smtp:[relay.example.net]\n"),
    };

    private static Dictionary<string, string> With(Dictionary<string, string> files, string name, string content) =>
        new(files) { [name] = content };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_kind_of_change_is_reported_with_what_it_needs(string scenario)
    {
        var (code, text) = Diff(Write("old", Base), Write("new", Changes[scenario](Base)));

        Snapshot.Verify("diff", scenario + ".txt", $"exit {code}\n{text}");
    }

    [Fact]
    public void Markdown_is_a_table_for_a_pull_request_comment()
    {
        var (code, text) = Diff(Write("old", Base), Write("new", Changes["access-table"](With(Base, "main.cf", Base["main.cf"].Replace("inet_interfaces = all", "inet_interfaces = loopback-only")))), "--format", "markdown");

        Assert.Equal(1, code);
        Snapshot.Verify("diff", "markdown.md", text);
    }

    [Fact]
    public void A_directory_without_main_cf_is_an_error_with_exit_code_2()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        var error = new StringWriter();

        var code = Program.Run(["diff", Write("old", Base), empty], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Equal($"postfix-dsl: error: {empty}: has no main.cf; expected a Postfix configuration directory\n", error.ToString());
    }

    [Fact]
    public void A_line_Postfix_would_refuse_is_an_error_that_names_file_and_line()
    {
        var broken = Write("broken", With(Base, "main.cf", Base["main.cf"] + "this is not a parameter\n"));
        var error = new StringWriter();

        Assert.Equal(2, Program.Run(["diff", Write("old", Base), broken], new StringWriter(), error));
        var lines = Base["main.cf"].Split('\n').Length; // the appended line
        Assert.Equal($"postfix-dsl: error: {Path.Combine(broken, "main.cf")}: line {lines}: missing '=' after attribute name: \"this is not a parameter\"; expected a file Postfix reads without a warning\n", error.ToString());
    }

    private (int Code, string Text) Diff(params string[] arguments)
    {
        var output = new StringWriter();
        var code = Program.Run(["diff", .. arguments], output, new StringWriter());
        return (code, output.ToString().Replace(_root, "<root>", StringComparison.Ordinal));
    }

    private string Write(string name, Dictionary<string, string> files)
    {
        var directory = Path.Combine(_root, name);
        Directory.CreateDirectory(directory);
        foreach (var (file, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, file), content);
        }

        return directory;
    }
}
