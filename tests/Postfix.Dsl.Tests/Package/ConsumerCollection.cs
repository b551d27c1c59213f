using Xunit;

namespace Postfix.Dsl.Tests.Package;

/// <summary>The consumer tests share one packed feed (packing takes a while) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ConsumerCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed Postfix.Dsl consumers";
}
