using BioBridge.Data;

namespace BioBridge.Features.Directory;

public sealed class ClusterOrganizations(AppDb db) : IClusterOrganizations
{
    public IQueryable<int> IdsOf(string clusterId) => db.Organizations.Where(o => o.ClusterId == clusterId).Select(o => o.Id);
}
