using BioBridge.Data;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

public sealed record ClusterResponse(string Id, LocalizedDto Name, LocalizedDto Description, string? City, string? Country,
    int? SinceYear, int? AreaSquareMeters, int? AreaSquareMetersPlanned, int? ReportedCompanies, int? ReportedCompaniesPlanned,
    int PublishedOrganizations);
