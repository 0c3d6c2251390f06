using BioBridge.Data;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

public sealed record OrganizationListResponse(
    int Total, int Page, int PageSize, IReadOnlyList<OrganizationListItem> Items, DirectoryFacets Facets);
