using BioBridge.Features.Accounts;
using BioBridge.Data;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Directory;

public static class DirectoryEndpoints
{
    public const int MaxPageSize = 100;
    /// <summary>Uploads above this are refused before they are read.</summary>
    public const long MaxImportBytes = 200L * 1024 * 1024;

    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Directory");
        api.MapGet("/organizations", ListAsync).AllowAnonymous().WithName("ListOrganizations")
            .WithSummary("Search and filter the directory; anonymous readers see published profiles only.");
        api.MapGet("/organizations/{externalId}", GetAsync).AllowAnonymous().WithName("GetOrganization");
        api.MapGet("/organizations/{externalId}/recommendations", RecommendAsync).AllowAnonymous().WithName("RecommendPartners")
            .WithSummary("Partner recommendations with reasons in the reader's language (lang=ko|zh|en).");
        api.MapGet("/clusters", ClustersAsync).AllowAnonymous().WithName("ListClusters");
        api.MapGet("/taxonomy/concepts", Concepts).AllowAnonymous().WithName("ListConcepts");
        api.MapPost("/organizations/import", ImportAsync).WithName("ImportOrganizations")
            .RequireAuthorization(Policies.Operator).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .WithSummary("Import organizations from .csv or .xlsx (docs/contracts.md section 2): all or nothing.");
        api.MapGet("/organizations/export", ExportAsync).WithName("ExportOrganizations")
            .RequireAuthorization(Policies.Operator)
            .WithSummary("Every organization in the import columns, as .csv (UTF-8 with a byte-order mark) or .xlsx: a round trip.");
        api.MapGet("/organizations/template", Template).WithName("OrganizationTemplate")
            .RequireAuthorization(Policies.Operator)
            .WithSummary("An empty import file (the header row) to start from, .csv or .xlsx; the .xlsx explains each column in lang=ko|zh|en.");
        return app;
    }

    static async Task<Results<Ok<OrganizationListResponse>, ValidationProblem>> ListAsync(
        HttpContext http, Readers readers, DirectorySearch search, OrganizationViews views, CancellationToken ct,
        string? q = null, string? cluster = null, string? sector = null, string? region = null, string? kind = null,
        int page = 1, int pageSize = 20, string? lang = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
            errors["page"] = [DirectoryText.Say("page starts at 1")];
        if (pageSize is < 1 or > MaxPageSize)
            errors["pageSize"] = [DirectoryText.Say($"pageSize must be between 1 and {MaxPageSize}")];
        if (q is { Length: > 500 })
            errors["q"] = [DirectoryText.Say("q is longer than 500 characters")];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var language = UiLanguage.Requested(lang);
        var reader = await readers.OfAsync(http.User);
        var result = search.Search(new DirectoryQuery(q, cluster, sector, region, kind, Paging.Skip(page, pageSize), pageSize,
            reader.SeesUnpublished), language);
        var summaries = (await views.SummariesAsync(result.Items.Select(i => i.ExternalId).ToList(), reader, language, ct))
            .ToDictionary(s => s.ExternalId);
        var items = result.Items.Where(i => summaries.ContainsKey(i.ExternalId))
            .Select(i => new OrganizationListItem(summaries[i.ExternalId], i.Score, i.Matched)).ToList();
        return TypedResults.Ok(new OrganizationListResponse(result.Total, page, pageSize, items,
            new DirectoryFacets(result.Clusters, result.Sectors, result.Regions, result.Kinds)));
    }

    static async Task<Results<Ok<OrganizationDetail>, NotFound>> GetAsync(string externalId, HttpContext http, Readers readers,
        OrganizationViews views, CancellationToken ct, string? lang = null)
    {
        var organization = await views.FindAsync(externalId, await readers.OfAsync(http.User), ct);
        if (organization is null)
            return TypedResults.NotFound();
        return TypedResults.Ok(views.Detail(organization, UiLanguage.Requested(lang)));
    }

    static async Task<Results<Ok<IReadOnlyList<PartnerSuggestion>>, NotFound, ValidationProblem>> RecommendAsync(
        string externalId, HttpContext http, Readers readers, OrganizationViews views, DirectorySearch search, CancellationToken ct,
        int top = 10, string? lang = null)
    {
        if (top is < 1 or > 50)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["top"] = [DirectoryText.Say("top must be between 1 and 50")] });
        if (await views.FindAsync(externalId, await readers.OfAsync(http.User), ct) is null)
            return TypedResults.NotFound();
        var language = UiLanguage.Requested(lang);
        var suggestions = search.Recommend(externalId, top, language) ?? [];
        return TypedResults.Ok(suggestions);
    }

    static async Task<Ok<List<ClusterResponse>>> ClustersAsync(AppDb db, CancellationToken ct)
    {
        var counts = await DirectoryCounts.ByClusterAsync(db, ct);
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        return TypedResults.Ok(clusters.Select(c => new ClusterResponse(c.Id, LocalizedDto.From(c.Name), LocalizedDto.From(c.Description),
            c.City, c.Country, c.SinceYear, c.AreaSquareMeters, c.AreaSquareMetersPlanned, c.ReportedCompanies, c.ReportedCompaniesPlanned,
            counts.GetValueOrDefault(c.Id))).ToList());
    }

    static Ok<IEnumerable<object>> Concepts(Language.Taxonomy taxonomy) =>
        TypedResults.Ok(taxonomy.Concepts.Select(c => (object)new
        {
            code = c.Code, parent = c.ParentCode,
            labels = new { ko = c.LabelIn("ko"), zh = c.LabelIn("zh"), en = c.LabelIn("en") },
        }));

    static async Task<Results<Ok<ImportResponse>, BadRequest<ImportResponse>, ValidationProblem>> ImportAsync(
        IFormFile? file, HttpContext http, Readers readers, ImportOrganizations import, IStringLocalizer<Text> text, CancellationToken ct,
        bool dryRun = false)
    {
        if (file is null || file.Length == 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [text["import:attach"]] });
        if (!OrganizationSheet.IsSupported(file.FileName))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [text["import:not-csv-xlsx", UploadedFileName.Of(file.FileName)]] });
        await using var content = file.OpenReadStream();
        var outcome = await import.HandleAsync(file.FileName, content, dryRun,
            ImportScope.Of(await readers.OfAsync(http.User)), null, ct);
        var response = new ImportResponse(outcome.FileName, outcome.Accepted, outcome.DryRun, outcome.Rows, outcome.Created,
            outcome.Updated, outcome.Unchanged, outcome.Problems);
        return outcome.Accepted ? TypedResults.Ok(response) : TypedResults.BadRequest(response);
    }

    static Results<FileContentHttpResult, ValidationProblem> Template(OrganizationTemplate template, string format = "csv", string? lang = null)
    {
        if (format is not ("csv" or "xlsx"))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [DirectoryText.Say("format is csv or xlsx")] });
        var language = UiLanguage.Requested(lang);
        using var buffer = new MemoryStream();
        var fileName = $"organizations-template-{language}.{format}";
        template.Write(fileName, language, buffer);
        return TypedResults.File(buffer.ToArray(), ContentType(format), fileName);
    }

    static string ContentType(string format) =>
        format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static async Task<Results<FileStreamHttpResult, ValidationProblem>> ExportAsync(ExportOrganizations export, HttpContext http, Readers readers,
        CancellationToken ct, string format = "csv")
    {
        if (format is not ("csv" or "xlsx"))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [DirectoryText.Say("format is csv or xlsx")] });
        var buffer = new MemoryStream();
        await export.HandleAsync("organizations." + format, buffer, await readers.OfAsync(http.User), ct);
        buffer.Position = 0;
        return TypedResults.File(buffer, ContentType(format), $"organizations-{DateTime.UtcNow:yyyyMMdd}.{format}");
    }
}
