using BioBridge.Features.Accounts;

namespace BioBridge.Features.Directory;

/// <summary>
/// Whose organizations an import may write: everything for the command line, the demo seed and admins; for an
/// operator, the organizations of their own cluster only.
/// </summary>
public sealed record ImportScope(string? OnlyCluster, Reader Reader)
{
    public static readonly ImportScope Everything = new(null, new Reader(true, true, null, null));

    public static ImportScope Of(Reader reader) =>
        // An operator without a cluster imports nothing: the empty id matches no cluster.
        reader.IsAdmin ? Everything with { Reader = reader } : new ImportScope(reader.OperatorClusterId ?? "", reader);
}
