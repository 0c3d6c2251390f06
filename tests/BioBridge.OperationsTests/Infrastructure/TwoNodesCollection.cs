namespace BioBridge.OperationsTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class TwoNodesCollection : ICollectionFixture<TwoNodesBehindProxy>
{
    public const string Name = "two nodes behind nginx";
}
