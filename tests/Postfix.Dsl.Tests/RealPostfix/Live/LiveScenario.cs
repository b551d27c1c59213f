using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// What the live test of one sample host sends. Addresses come from the model where it has them
/// (relay domains, access entries, block lists); only a header line that its REJECT rule must match
/// is written by hand.
/// </summary>
/// <param name="Name">The sample's name.</param>
/// <param name="Host">The sample host.</param>
/// <param name="RejectedHeader">A header line that one of the host's header_checks REJECT rules matches.</param>
internal sealed record LiveScenario(string Name, MailHost Host, string RejectedHeader)
{
    public static IReadOnlyDictionary<string, LiveScenario> All { get; } = new Dictionary<string, LiveScenario>
    {
        ["neptune"] = new("neptune", Neptune.NeptuneHost.Definition, "To: foobar@domain.fr"),
        ["fleet-mx1"] = new("fleet-mx1", Fleet.Hosts.Mx1, "Subject: cheap viagra"),
        ["fleet-mx2"] = new("fleet-mx2", Fleet.Hosts.Mx2, "Subject: cheap viagra"),
        ["fleet-relay"] = new("fleet-relay", Fleet.Hosts.Relay, "Subject: cheap viagra"),
    };

    public static IEnumerable<object[]> Names() => All.Keys.Order().Select(name => new object[] { name });

    /// <summary>A recipient in the first relay domain, accepted from anywhere; null for a host that relays for no domain.</summary>
    public string? RelayRecipient => Host.MainCf.RelayDomains is [var domain, ..]
        ? "user@" + domain.Replace("$mydomain", Host.MainCf.Mydomain).Replace("$myhostname", Host.MainCf.Myhostname)
        : null;

    /// <summary>An address in the host's own domain: the relay domain where there is one.</summary>
    public string DomainRecipient => RelayRecipient ?? "user@" + (Host.MainCf.Mydomain ?? "example.org");

    /// <summary>A sender that no access entry names, in a domain the fake DNS resolves.</summary>
    public const string NeutralSender = "sender@example.net";

    /// <summary>A recipient in a domain the host neither delivers nor relays to.</summary>
    public const string ForeignRecipient = "someone@foreign.example";

    /// <summary>The access entries of the host's sender-checked tables, by action keyword.</summary>
    public IEnumerable<AccessEntry> SenderEntries(string keyword) =>
        (Host.MainCf.SmtpdSenderRestrictions ?? [])
            .Select(r => r.Table).OfType<AccessTable>()
            .SelectMany(t => t.Entries)
            .Where(e => e.Action.Keyword == keyword && e.Key.Kind is AccessKeyKind.Address or AccessKeyKind.Domain);

    /// <summary>A sender address that an access key matches.</summary>
    public static string SenderFor(AccessKey key) => key.Kind == AccessKeyKind.Domain ? "someone@" + key.Text : key.Text;

    /// <summary>The DNS block lists the host consults (answered "not listed" by the fake DNS).</summary>
    public IEnumerable<string> BlockLists() =>
        Host.MainCf.Settings
            .SelectMany(s => s.Value is IReadOnlyList<Restriction> r ? r : [])
            .Where(r => r.Name.StartsWith("reject_rbl", System.StringComparison.Ordinal) || r.Name.StartsWith("reject_rhsbl", System.StringComparison.Ordinal))
            .Select(r => r.Argument!.Split('=')[0])
            .Distinct();
}
