namespace BioBridge.Features.Directory;

public sealed record ClusterResponse(string Id, LocalizedDto Name, LocalizedDto Description, string? City, string? Country,
    int? SinceYear, int? AreaSquareMeters, int? AreaSquareMetersPlanned, int? ReportedCompanies, int? ReportedCompaniesPlanned,
    int PublishedOrganizations);
