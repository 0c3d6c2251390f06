namespace BioBridge.Features.Directory;

public sealed record OrganizationListResponse(
    int Total, int Page, int PageSize, IReadOnlyList<OrganizationListItem> Items, DirectoryFacets Facets);
