using System.Net;
using Xunit;
using Xunit.Abstractions;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// A NetworkTable in mynetworks, judged by a real Postfix: a client whose address only the table
/// holds may relay (permit_mynetworks), a client outside it may not.
/// </summary>
[Collection(LiveCollection.Name)]
public class NetworkTableLiveTests(ITestOutputHelper output)
{
    private static readonly IPAddress Office = IPAddress.Parse("127.0.0.6");

    [PostfixFact(NeedsRoot = true)]
    public void A_client_in_the_cidr_table_of_mynetworks_relays_and_one_outside_it_does_not()
    {
        // The fleet relay, with the test's office address in its office table and nothing inline that holds it.
        var offices = Fleet.Policy.OfficeNetworks with { Networks = [.. Fleet.Policy.OfficeNetworks.Networks, Office + "/32"] };
        using var dns = new FakeDns(LiveScenario.All["fleet-relay"].BlockLists()); // the relay checks sender domains
        using var postfix = PostfixInstance.Start(Fleet.Hosts.Relay, mynetworks: ["[::1]/128", offices]);
        try
        {
            foreach (var (client, expected) in new[] { (Office, 250), (PostfixInstance.Outside, 554) })
            {
                using var smtp = postfix.ConnectFrom(client);
                Assert.Equal(250, smtp.Send("EHLO client.example.test").Code);
                Assert.Equal(250, smtp.Send($"MAIL FROM:<{LiveScenario.NeutralSender}>").Code);
                var relay = smtp.Send($"RCPT TO:<{LiveScenario.ForeignRecipient}>");
                output.WriteLine($"{client}: RCPT TO:<{LiveScenario.ForeignRecipient}> -> {relay}");
                Assert.Equal(expected, relay.Code);
            }
        }
        catch
        {
            output.WriteLine(postfix.Log);
            throw;
        }
    }
}
