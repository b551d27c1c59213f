using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// The live tests run one after another. Each answers its Postfix's DNS queries with a
/// <see cref="FakeDns"/> at the one address the jails' resolv.conf names, and which block lists are
/// "not listed" differs from test to test: two at once answered each other's queries, and a CI run
/// saw Neptune's outside client "blocked using zen.spamhaus.org" by the other test's server.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LiveCollection
{
    public const string Name = "Live Postfix instances";
}
