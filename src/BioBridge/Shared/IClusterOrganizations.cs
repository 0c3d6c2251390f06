namespace BioBridge.Shared;

/// <summary>
/// The ids of a cluster's organizations, as a query on the request's database context, for features below the directory
/// (the audit log's operator scope) that may not name its Organization.
/// </summary>
public interface IClusterOrganizations
{
    IQueryable<int> IdsOf(string clusterId);
}
