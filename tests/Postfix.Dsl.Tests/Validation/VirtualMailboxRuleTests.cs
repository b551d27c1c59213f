using System;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>A virtual mailbox table: keys virtual(8) looks up, mailboxes below virtual_mailbox_base, and its domains in one address class (PFX0325).</summary>
public class VirtualMailboxRuleTests
{
    private static VirtualMailboxTable Table(params VirtualMailbox[] entries) => new() { FileName = "vmailbox", Entries = entries };

    private static VirtualMailboxTable One(MailboxKey key, Mailbox? mailbox) => Table(new VirtualMailbox(key, mailbox));

    private static MailHost With(VirtualMailboxTable table, Parameters? more = null) =>
        TestHosts.Modern((more ?? new()) with { DisableVrfyCommand = true, VirtualMailboxBase = "/var/mail/vhosts", VirtualMailboxMaps = [table] });

    [Fact]
    public void Addresses_catch_alls_and_domain_declarations_pass() =>
        Assert.Empty(HostValidator.Diagnose(With(Table(
            new VirtualMailbox(MailboxKey.Domain("hosted.example"), null),
            new VirtualMailbox("alice@hosted.example", Mailbox.Maildir("hosted.example/alice")),
            new VirtualMailbox(MailboxKey.CatchAll("hosted.example"), Mailbox.Mbox("hosted.example/all"))))));

    [Fact]
    public void A_maildir_ends_with_a_slash_and_an_mbox_refuses_one()
    {
        Assert.Equal("a/b/", Mailbox.Maildir("a/b").Path);
        Assert.True(Mailbox.Maildir("a/b/").IsMaildir);
        Assert.False(Mailbox.Mbox("a/b").IsMaildir);
        Assert.Throws<ArgumentException>(() => Mailbox.Mbox("a/b/"));
    }

    [Theory]
    [InlineData("/var/mail/alice/", "is absolute")]
    [InlineData("hosted.example/../../etc/", "climbs out")]
    [InlineData("hosted example/alice/", "holds a blank")]
    public void PFX0016_a_mailbox_that_does_not_stay_below_the_base(string path, string problem)
    {
        var error = ValidationAssert.Single(With(One("alice@hosted.example", Mailbox.Maildir(path))), ValidationRules.Unwritable);

        ValidationAssert.NamesEverything(error, "vmailbox", "key alice@hosted.example", path, "relative to virtual_mailbox_base");
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void PFX0016_an_address_without_a_mailbox_or_a_domain_declaration_with_one()
    {
        Assert.Equal("(null)", ValidationAssert.Single(With(One("alice@hosted.example", null)), ValidationRules.Unwritable).Value);
        Assert.Contains("domain declaration", ValidationAssert.Single(With(One(MailboxKey.Domain("hosted.example"), Mailbox.Maildir("x/"))), ValidationRules.Unwritable).Problem);
    }

    [Fact]
    public void PFX0015_a_key_that_is_not_an_address() =>
        Assert.Equal("alice", ValidationAssert.Single(With(One("alice", Mailbox.Maildir("a/"))), ValidationRules.InvalidAccessKey).Value);

    [Fact]
    public void PFX0325_a_declared_mailbox_domain_that_is_also_in_mydestination()
    {
        var error = ValidationAssert.Single(
            With(One(MailboxKey.Domain("hosted.example"), null), new() { Mydestination = ["localhost", "hosted.example"] }),
            ValidationRules.DomainInTwoClasses);

        Assert.Equal("virtual_mailbox_domains", error.Location);
        Assert.Equal("hosted.example", error.Value);
    }

    [Fact]
    public void PFX0024_the_same_key_twice() =>
        ValidationAssert.Single(With(Table(new VirtualMailbox("a@hosted.example", Mailbox.Maildir("a/")), new VirtualMailbox("a@hosted.example", Mailbox.Maildir("b/")))), ValidationRules.DuplicateTableKey);
}
