using System.Diagnostics;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// Each sample host runs as a real Postfix and is spoken to over SMTP: relaying, the access table,
/// the header checks, VRFY and the banner behave as its model says.
/// </summary>
[Collection(LiveCollection.Name)]
public class LiveSmtpTests(ITestOutputHelper output)
{
    [PostfixTheory(NeedsRoot = true)]
    [MemberData(nameof(LiveScenario.Names), MemberType = typeof(LiveScenario))]
    public void The_sample_host_behaves_over_smtp_as_its_model_says(string sample)
    {
        var scenario = LiveScenario.All[sample];
        var clock = Stopwatch.StartNew();
        using var dns = new FakeDns(scenario.BlockLists());
        using var postfix = PostfixInstance.Start(scenario.Host);
        try
        {
            TheBannerShowsTheModelsTextAndNoVersion(postfix);
            VrfyIsRefusedWhenDisabled(postfix);
            AnOutsideClientCannotRelayButCanDeliverToTheRelayDomain(postfix, scenario);
            AnInsideClientCanRelay(postfix);
            TheAccessTableRejectsAndAcceptsSenders(postfix, scenario);
            AHeaderMatchingARejectRuleIsRefusedAtData(postfix, scenario);
        }
        catch
        {
            output.WriteLine(postfix.Log);
            output.WriteLine("DNS queries: " + string.Join(", ", dns.Queries));
            throw;
        }

        JudgeFigures.Report(output, "live", $"{sample}: relay denial, own-domain delivery, inside relay, access REJECT/OK, header REJECT, VRFY and banner checked against a real Postfix in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private void TheBannerShowsTheModelsTextAndNoVersion(PostfixInstance postfix)
    {
        var mainCf = postfix.Host.MainCf;
        var expected = (mainCf.SmtpdBanner ?? "$myhostname ESMTP $mail_name")
            .Replace("$myhostname", mainCf.Myhostname)
            .Replace("$mail_name", mainCf.MailName ?? "Postfix");
        using var client = postfix.ConnectFrom(PostfixInstance.Outside);

        output.WriteLine(client.Banner.Text);
        Assert.Equal($"220 {expected}", client.Banner.Text);
        Assert.DoesNotContain("3.7", client.Banner.Text);
    }

    private void VrfyIsRefusedWhenDisabled(PostfixInstance postfix)
    {
        using var client = postfix.ConnectFrom(PostfixInstance.Outside);
        Expect(client.Send("EHLO " + PostfixInstance.OutsideName), 250);

        var vrfy = client.Send("VRFY postmaster");

        output.WriteLine("VRFY postmaster -> " + vrfy);
        if (postfix.Host.MainCf.DisableVrfyCommand == true)
        {
            Assert.Equal(502, vrfy.Code);
            Assert.Contains("VRFY command is disabled", vrfy.Text);
        }
        else
        {
            Assert.NotEqual(502, vrfy.Code);
        }
    }

    private void AnOutsideClientCannotRelayButCanDeliverToTheRelayDomain(PostfixInstance postfix, LiveScenario scenario)
    {
        using var client = postfix.ConnectFrom(PostfixInstance.Outside);
        Expect(client.Send("EHLO " + PostfixInstance.OutsideName), 250);
        Expect(client.Send($"MAIL FROM:<{LiveScenario.NeutralSender}>"), 250);

        var relay = client.Send($"RCPT TO:<{LiveScenario.ForeignRecipient}>");
        output.WriteLine($"outside RCPT TO:<{LiveScenario.ForeignRecipient}> -> {relay}");
        Assert.Equal(554, relay.Code);
        Assert.Contains("5.7.1", relay.Text);
        Assert.Contains("Relay access denied", relay.Text);

        // A host with relay domains takes their mail from anyone; one without (an outbound relay
        // with no local destination) takes none from outside, not even for its own domain.
        var local = client.Send($"RCPT TO:<{scenario.DomainRecipient}>");
        output.WriteLine($"outside RCPT TO:<{scenario.DomainRecipient}> -> {local}");
        Assert.Equal(scenario.RelayRecipient is null ? 554 : 250, local.Code);
    }

    private void AnInsideClientCanRelay(PostfixInstance postfix)
    {
        using var client = postfix.ConnectFrom(PostfixInstance.Inside);
        Expect(client.Send("EHLO inside.example.test"), 250);
        Expect(client.Send($"MAIL FROM:<user@{postfix.Host.MainCf.Mydomain ?? "example.org"}>"), 250);

        var relay = client.Send($"RCPT TO:<{LiveScenario.ForeignRecipient}>");

        output.WriteLine($"inside RCPT TO:<{LiveScenario.ForeignRecipient}> -> {relay}");
        Assert.Equal(250, relay.Code);
    }

    private void TheAccessTableRejectsAndAcceptsSenders(PostfixInstance postfix, LiveScenario scenario)
    {
        var rejected = scenario.SenderEntries("REJECT").ToList();
        Assert.NotEmpty(rejected);
        using var client = postfix.ConnectFrom(PostfixInstance.Inside);
        Expect(client.Send("EHLO inside.example.test"), 250);
        var senders = rejected.Select(e => (LiveScenario.SenderFor(e.Key), (string?)(e.Action.Text ?? "Access denied")))
            .Concat(scenario.SenderEntries("OK").Select(e => (LiveScenario.SenderFor(e.Key), (string?)null)))
            .Append((LiveScenario.NeutralSender, null));
        foreach (var (sender, refusal) in senders)
        {
            Expect(client.Send($"MAIL FROM:<{sender}>"), 250);
            var reply = client.Send($"RCPT TO:<{scenario.DomainRecipient}>");
            output.WriteLine($"MAIL FROM:<{sender}> -> {reply}");
            if (refusal is not null)
            {
                Assert.Equal(554, reply.Code);
                Assert.Contains("Sender address rejected: " + refusal, reply.Text);
            }
            else
            {
                Assert.Equal(250, reply.Code);
            }

            Expect(client.Send("RSET"), 250);
        }
    }

    private void AHeaderMatchingARejectRuleIsRefusedAtData(PostfixInstance postfix, LiveScenario scenario)
    {
        var sender = scenario.SenderEntries("OK").Select(e => LiveScenario.SenderFor(e.Key)).FirstOrDefault() ?? LiveScenario.NeutralSender;
        using var client = postfix.ConnectFrom(PostfixInstance.Inside);
        Expect(client.Send("EHLO inside.example.test"), 250);
        Expect(client.Send($"MAIL FROM:<{sender}>"), 250);
        Expect(client.Send($"RCPT TO:<{scenario.DomainRecipient}>"), 250);

        var reply = client.SendMessage($"From: {sender}\n{scenario.RejectedHeader}\nSubject: test\n\nbody\n");

        output.WriteLine($"DATA with \"{scenario.RejectedHeader}\" -> {reply}");
        Assert.Equal(550, reply.Code);
        Assert.Contains("5.7.1", reply.Text);
    }

    private static void Expect(SmtpReply reply, int code) =>
        Assert.True(reply.Code == code, $"expected {code}, got: {reply.Text}");
}
