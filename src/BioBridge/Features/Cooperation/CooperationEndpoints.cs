using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// The cooperation API: agreements' documents and commitments, joint projects, deals and exchange rates, scouting
/// pipelines and introductions, and the KPI dashboard with its records and reports. Operators and admins only.
/// </summary>
public static class CooperationEndpoints
{
    public static IEndpointRouteBuilder MapCooperationApi(this IEndpointRouteBuilder app)
    {
        var agreements = app.MapGroup("/agreements/{slug}").WithTags("Cooperation").RequireAuthorization(Policies.Operator);
        agreements.MapGet("/documents", DocumentsAsync).WithName("ListAgreementDocuments").WithSummary("The agreement's uploaded documents.");
        agreements.MapPost("/documents", UploadAsync).WithMetadata(new RequestSizeLimitAttribute(AgreementDocument.MaxBytes + 64 * 1024))
            .WithName("UploadAgreementDocument")
            .WithSummary("Uploads a document (multipart field 'file'; pdf, docx, xlsx, hwp, png, jpg; at most 10 MB). Needs the page's antiforgery token.");
        agreements.MapGet("/documents/{id:int}", DownloadAsync).WithName("DownloadAgreementDocument").WithSummary("Downloads one document.");
        agreements.MapGet("/commitments", CommitmentsAsync).WithName("ListCommitments").WithSummary("Commitments with owner, due date and status (on time or late).");
        agreements.MapPost("/commitments", (string slug, CommitmentBody body, SaveCommitment save, TimeProvider clock, CancellationToken ct) =>
            SaveCommitmentAsync(slug, null, body, save, clock, ct)).WithName("AddCommitment").WithSummary("Adds a commitment.");
        agreements.MapPut("/commitments/{id:int}", (string slug, int id, CommitmentBody body, SaveCommitment save, TimeProvider clock, CancellationToken ct) =>
            SaveCommitmentAsync(slug, id, body, save, clock, ct)).WithName("UpdateCommitment").WithSummary("Updates a commitment, e.g. its completion date.");

        var api = app.MapGroup("/cooperation").WithTags("Cooperation").RequireAuthorization(Policies.Operator);
        api.MapGet("/dashboard", DashboardAsync).WithName("CooperationDashboard")
            .WithSummary("KPI figures, monthly series and funnel, overall or per agreement; filters from, to, cluster, agreement.");
        api.MapGet("/records/{kind}", RecordsAsync).WithName("CooperationRecords").WithSummary("The records behind a dashboard figure.");
        api.MapLedger("/deals", new LedgerNames("ListDeals", "Deals, newest first.", "GetDeal", "One deal.",
                "RecordDeal", "Records a deal; its value is converted to USD at the stored rate of its date.",
                "UpdateDeal", "Corrects a deal (all fields, as when recording); its value is converted again."),
            DealsWithParties, q => q.OrderByDescending(d => d.ClosedOn).ThenBy(d => d.Id), ToResponse,
            (IServiceProvider services, int? id, DealBody body, CancellationToken ct) => services.GetRequiredService<RecordDeal>().HandleAsync(id, body, ct));
        api.MapGet("/exchange-rates", RatesAsync).WithName("ListExchangeRates").WithSummary("Stored KRW and CNY rates per US dollar.");
        api.MapPost("/exchange-rates", SetRateAsync).WithName("SetExchangeRate").WithSummary("Stores a rate valid from a date (replaces the rate of that date).");
        api.MapLedger("/projects", new LedgerNames("ListJointProjects", "Joint projects, newest first.", "GetJointProject", "One joint project with partners and milestones.",
                "StartJointProject", "Registers a joint project between organizations of both clusters.",
                "UpdateJointProject", "Updates a joint project (all fields; the milestones given replace the stored ones)."),
            ProjectsWithPartners, q => q.OrderByDescending(p => p.StartedOn).ThenBy(p => p.Id), ToResponse,
            (IServiceProvider services, int? id, JointProjectBody body, CancellationToken ct) => services.GetRequiredService<StartJointProject>().HandleAsync(id, body, ct));
        api.MapGet("/organizations/{externalId}/innovation-score", ScoreAsync).WithName("InnovationScore")
            .WithSummary("The explainable innovation score of an organization, component by component.");
        api.MapGet("/pipelines", PipelinesAsync).WithName("ListPipelines").WithSummary("Your cluster's scouting pipelines (admins: all).");
        api.MapGet("/pipelines/{id:int}", PipelineAsync).WithName("GetPipeline").WithSummary("A pipeline's watchlist with stages and scores.");
        api.MapPost("/pipelines", CreatePipelineAsync).WithName("CreatePipeline").WithSummary("Opens a scouting pipeline for your cluster.");
        api.MapPost("/pipelines/{id:int}/entries", SaveEntryAsync).WithName("SaveWatchlistEntry")
            .WithSummary("Adds an organization to the watchlist or moves it (stage, owner, notes).");
        api.MapGet("/introductions", IntroductionsAsync).WithName("ListIntroductions").WithSummary("Introductions from or to your cluster.");
        api.MapPost("/introductions", IntroduceAsync).WithName("IntroduceOrganization").WithSummary("Introduces a member of your cluster to the other cluster's operators.");
        api.MapPost("/introductions/{id:int}/answer", AnswerIntroductionAsync).WithName("AnswerIntroduction").WithSummary("The receiving cluster's operator accepts or declines.");
        api.MapGet("/report.xlsx", WorkbookAsync).WithName("DashboardWorkbook").WithSummary("The dashboard as an Excel workbook, in ko, zh or en (lang).");
        api.MapGet("/report.pdf", PdfAsync).WithName("DashboardPdf").WithSummary("The dashboard as a PDF report with charts, in ko, zh or en (lang).");
        return app;
    }

    /// <summary>
    /// Deals and joint projects have one shape of API: the list (newest first, 500 at most), one record, POST to record
    /// and PUT to correct through the same use case; mapped here once for both.
    /// </summary>
    static void MapLedger<T, TBody, TResponse>(this RouteGroupBuilder api, string path, LedgerNames names,
        Func<AppDb, IQueryable<T>> withDetails, Func<IQueryable<T>, IQueryable<T>> newestFirst, Func<T, IReadOnlyDictionary<int, string>, TResponse> respond,
        Func<IServiceProvider, int?, TBody, CancellationToken, Task<Outcome<T>>> save) where T : class where TResponse : class
    {
        async Task<TResponse?> FindAsync(AppDb db, int id, CancellationToken ct) =>
            await withDetails(db).SingleOrDefaultAsync(e => EF.Property<int>(e, "Id") == id, ct) is { } found ? respond(found, await AgreementSlugsAsync(db, ct)) : null;

        async Task<IResult> SaveAsync(int? id, TBody body, HttpContext http, AppDb db, CancellationToken ct)
        {
            var (outcome, record) = await save(http.RequestServices, id, body, ct);
            if (record is null)
                return outcome.ToProblem();
            var savedId = (int)db.Entry(record).Property("Id").CurrentValue!;
            var response = await FindAsync(db, savedId, ct);
            return id is null ? TypedResults.Created($"/api/v1/cooperation{path}/{savedId}", response) : TypedResults.Ok(response);
        }

        api.MapGet(path, async (AppDb db, CancellationToken ct) =>
        {
            var slugs = await AgreementSlugsAsync(db, ct);
            return TypedResults.Ok((await newestFirst(withDetails(db)).Take(500).ToListAsync(ct)).Select(r => respond(r, slugs)).ToList());
        }).WithName(names.List).WithSummary(names.ListSummary);
        api.MapGet(path + "/{id:int}", async Task<Results<Ok<TResponse>, NotFound>> (int id, AppDb db, CancellationToken ct) =>
            await FindAsync(db, id, ct) is { } response ? TypedResults.Ok(response) : TypedResults.NotFound()).WithName(names.Get).WithSummary(names.GetSummary);
        api.MapPost(path, (TBody body, HttpContext http, AppDb db, CancellationToken ct) => SaveAsync(null, body, http, db, ct))
            .WithName(names.Create).WithSummary(names.CreateSummary);
        api.MapPut(path + "/{id:int}", (int id, TBody body, HttpContext http, AppDb db, CancellationToken ct) => SaveAsync(id, body, http, db, ct))
            .WithName(names.Update).WithSummary(names.UpdateSummary);
    }

    static async Task<CooperationActor> ActorAsync(HttpContext http, UserManager<AppUser> users) =>
        await CooperationActor.FromAsync(http.User, users) ?? throw new InvalidOperationException("the operator policy let a non-operator through");

    static async Task<Results<Ok<List<DocumentResponse>>, NotFound>> DocumentsAsync(string slug, AppDb db, CancellationToken ct)
    {
        var agreementId = await db.Agreements.Where(a => a.Slug == slug).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
        if (agreementId is null)
            return TypedResults.NotFound();
        return TypedResults.Ok(await DocumentListAsync(db, agreementId.Value, slug, ct));
    }

    /// <summary>Metadata only: the files' bytes stay in the database until downloaded.</summary>
    internal static async Task<List<DocumentResponse>> DocumentListAsync(AppDb db, int agreementId, string slug, CancellationToken ct)
    {
        var documents = await db.AgreementDocuments.Where(d => d.AgreementId == agreementId).OrderBy(d => d.UploadedAt)
            .Select(d => new { d.Id, d.FileName, d.ContentType, d.Size, d.UploadedAt }).ToListAsync(ct);
        return documents.Select(d => new DocumentResponse(d.Id, d.FileName, d.ContentType, d.Size, d.UploadedAt,
            $"/api/v1/agreements/{slug}/documents/{d.Id}")).ToList();
    }

    static async Task<IResult> UploadAsync(string slug, IFormFile? file, [FromForm] string? returnUrl, HttpContext http, UserManager<AppUser> users,
        UploadAgreementDocument upload, CancellationToken ct)
    {
        if (file is null)
            return Outcome.Invalid("file", "Choose a file to upload (multipart field 'file').").ToProblem();
        await using var content = file.OpenReadStream();
        var (outcome, document) = await upload.HandleAsync(slug, file.FileName, content, file.Length, await ActorAsync(http, users), ct);
        if (document is null)
            return outcome.ToProblem();
        if (!string.IsNullOrEmpty(returnUrl))
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        return TypedResults.Created($"/api/v1/agreements/{slug}/documents/{document.Id}",
            new DocumentResponse(document.Id, document.FileName, document.ContentType, document.Size, document.UploadedAt, $"/api/v1/agreements/{slug}/documents/{document.Id}"));
    }

    static async Task<IResult> DownloadAsync(string slug, int id, AppDb db, CancellationToken ct)
    {
        var document = await db.AgreementDocuments.SingleOrDefaultAsync(d => d.Id == id && db.Agreements.Any(a => a.Id == d.AgreementId && a.Slug == slug), ct);
        return document is null ? TypedResults.NotFound() : TypedResults.File(document.Content, document.ContentType, document.FileName);
    }

    static CommitmentResponse ToResponse(Commitment c, DateOnly today)
    {
        var status = c.StatusOn(today);
        return new(c.Id, c.Title, c.Owner, c.OwnerClusterId, c.DueOn, c.CompletedOn, CooperationCodes.Code(status), Commitment.IsOnTime(status), c.IsSample);
    }

    static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    static async Task<Results<Ok<List<CommitmentResponse>>, NotFound>> CommitmentsAsync(string slug, AppDb db, TimeProvider clock, CancellationToken ct)
    {
        var agreementId = await db.Agreements.Where(a => a.Slug == slug).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
        if (agreementId is null)
            return TypedResults.NotFound();
        var list = await db.Commitments.Where(c => c.AgreementId == agreementId).OrderBy(c => c.DueOn).ThenBy(c => c.Id).ToListAsync(ct);
        return TypedResults.Ok(list.Select(c => ToResponse(c, Today(clock))).ToList());
    }

    static async Task<IResult> SaveCommitmentAsync(string slug, int? id, CommitmentBody body, SaveCommitment save, TimeProvider clock, CancellationToken ct)
    {
        var (outcome, commitment) = await save.HandleAsync(slug, id, body, ct);
        if (commitment is null)
            return outcome.ToProblem();
        var response = ToResponse(commitment, Today(clock));
        return id is null ? TypedResults.Created($"/api/v1/agreements/{slug}/commitments/{commitment.Id}", response) : TypedResults.Ok(response);
    }

    static async Task<IResult> DashboardAsync(CooperationDashboard dashboard, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null, string? cluster = null, string? agreement = null, string? lang = null)
    {
        var (outcome, result) = await dashboard.HandleAsync(new DashboardFilter(from, to, cluster, agreement), UiLanguage.Requested(lang), ct);
        return result is null ? outcome.ToProblem() : TypedResults.Ok(result);
    }

    static async Task<IResult> RecordsAsync(string kind, CooperationDashboard dashboard, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null, string? cluster = null, string? agreement = null, string? facet = null,
        int page = 1, int pageSize = 50, string? lang = null)
    {
        var (outcome, scope) = await dashboard.ScopeAsync(new DashboardFilter(from, to, cluster, agreement), ct);
        if (scope is null)
            return outcome.ToProblem();
        var (listed, records) = await DashboardRecords.ListAsync(scope, kind, facet, UiLanguage.Requested(lang), page, pageSize, ct);
        return records is null ? listed.ToProblem() : TypedResults.Ok(records);
    }

    internal static IQueryable<Deal> DealsWithParties(AppDb db) =>
        db.Deals.AsNoTracking().Include(d => d.Parties).ThenInclude(p => p.Organization);

    internal static async Task<Dictionary<int, string>> AgreementSlugsAsync(AppDb db, CancellationToken ct) =>
        await db.Agreements.ToDictionaryAsync(a => a.Id, a => a.Slug, ct);

    static DealResponse ToResponse(Deal d, IReadOnlyDictionary<int, string> slugs) =>
        new(d.Id, CooperationCodes.Code(d.Kind), d.Title, d.Amount, d.Currency, d.ValueUsdCents / 100m, d.RateOn, d.ClosedOn, CooperationCodes.Code(d.Source),
            d.MeetingId, d.IntroductionId, d.AgreementId is { } a ? slugs.GetValueOrDefault(a) : null,
            d.Parties.Select(p => p.Organization!.ExternalId).Order().ToList(), d.IsSample);

    static async Task<Ok<List<RateResponse>>> RatesAsync(AppDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.ExchangeRates.OrderBy(r => r.Currency).ThenByDescending(r => r.ValidFrom)
            .Select(r => new RateResponse(r.Currency, r.ValidFrom, r.UnitsPerUsd)).ToListAsync(ct));

    static async Task<IResult> SetRateAsync(RateBody body, ExchangeRates rates, CancellationToken ct)
    {
        var (outcome, rate) = await rates.SetAsync(body, ct);
        return rate is null ? outcome.ToProblem() : TypedResults.Ok(new RateResponse(rate.Currency, rate.ValidFrom, rate.UnitsPerUsd));
    }

    internal static IQueryable<JointProject> ProjectsWithPartners(AppDb db) =>
        db.JointProjects.AsNoTracking().Include(p => p.Partners).ThenInclude(p => p.Organization).Include(p => p.Milestones);

    static ProjectResponse ToResponse(JointProject p, IReadOnlyDictionary<int, string> slugs) =>
        new(p.Id, p.Title, p.Summary, CooperationCodes.Code(p.Kind), CooperationCodes.Code(p.Status), p.AgreementId is { } a ? slugs.GetValueOrDefault(a) : null,
            p.MeetingId, p.StartedOn, p.EndsOn, p.Budget, p.BudgetCurrency, p.Partners.Select(x => x.Organization!.ExternalId).Order().ToList(),
            p.Milestones.OrderBy(m => m.DueOn).Select(m => new MilestoneResponse(m.Title, m.DueOn, m.ReachedOn)).ToList(), p.IsSample);

    static async Task<Results<Ok<ScoreResponse>, NotFound>> ScoreAsync(string externalId, AppDb db, HttpContext http, Readers readers,
        CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.ExternalId == externalId)
            .Select(o => new ScoredOrganization(o.Id, o.ClusterId, o.FiguresVisibility, o.Patents, o.ExportRegions)).SingleOrDefaultAsync(ct);
        if (organization is null)
            return TypedResults.NotFound();
        var facts = await db.ScoutingFacts.AsNoTracking().SingleOrDefaultAsync(f => f.OrganizationId == organization.Id, ct);
        var score = InnovationScore.For(await readers.OfAsync(http.User), organization, facts);
        return TypedResults.Ok(new ScoreResponse(externalId, score.Total, score.Components));
    }

    static async Task<Ok<List<PipelineResponse>>> PipelinesAsync(HttpContext http, UserManager<AppUser> users, ScoutingBoard board, CancellationToken ct) =>
        TypedResults.Ok(await board.PipelinesAsync(await ActorAsync(http, users), ct));

    static async Task<IResult> PipelineAsync(int id, HttpContext http, UserManager<AppUser> users, ScoutingBoard board, CancellationToken ct)
    {
        var (outcome, pipeline) = await board.PipelineAsync(id, await ActorAsync(http, users), ct);
        return pipeline is null ? outcome.ToProblem() : TypedResults.Ok(pipeline);
    }

    static async Task<IResult> CreatePipelineAsync(PipelineBody body, HttpContext http, UserManager<AppUser> users, CreatePipeline create, CancellationToken ct)
    {
        var (outcome, pipeline) = await create.HandleAsync(body, await ActorAsync(http, users), ct);
        return pipeline is null ? outcome.ToProblem()
            : TypedResults.Created($"/api/v1/cooperation/pipelines/{pipeline.Id}", new PipelineResponse(pipeline.Id, pipeline.ClusterId, pipeline.Name, false, []));
    }

    static async Task<IResult> SaveEntryAsync(int id, WatchlistBody body, HttpContext http, UserManager<AppUser> users, SaveWatchlistEntry save,
        ScoutingBoard board, CancellationToken ct)
    {
        var actor = await ActorAsync(http, users);
        var (outcome, entry) = await save.HandleAsync(id, body, actor, ct);
        if (entry is null)
            return outcome.ToProblem();
        var (_, pipeline) = await board.PipelineAsync(id, actor, ct);
        return TypedResults.Ok(pipeline!.Entries.Single(e => e.Id == entry.Id));
    }

    static async Task<Ok<List<IntroductionResponse>>> IntroductionsAsync(HttpContext http, UserManager<AppUser> users, ScoutingBoard board, CancellationToken ct) =>
        TypedResults.Ok(await board.IntroductionsAsync(await ActorAsync(http, users), ct));

    static async Task<IResult> IntroduceAsync(IntroductionBody body, HttpContext http, UserManager<AppUser> users, IntroduceOrganization introduce,
        ScoutingBoard board, CancellationToken ct)
    {
        var actor = await ActorAsync(http, users);
        var (outcome, introduction) = await introduce.HandleAsync(body, actor, ct);
        if (introduction is null)
            return outcome.ToProblem();
        var created = (await board.IntroductionsAsync(actor, ct)).Single(i => i.Id == introduction.Id);
        return TypedResults.Created($"/api/v1/cooperation/introductions/{introduction.Id}", created);
    }

    static async Task<IResult> AnswerIntroductionAsync(int id, AnswerBody body, HttpContext http, UserManager<AppUser> users, AppDb db, TimeProvider clock, CancellationToken ct)
    {
        var actor = await ActorAsync(http, users);
        var introduction = await db.Introductions.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (introduction is null)
            return TypedResults.NotFound();
        var outcome = introduction.Answer(body.Accept, actor.ClusterId, actor.IsAdmin, clock.GetUtcNow().UtcDateTime);
        if (!outcome.Succeeded)
            return outcome.ToProblem();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<IResult> WorkbookAsync(CooperationDashboard dashboard, DashboardReports reports, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null, string? cluster = null, string? agreement = null, string? lang = null)
    {
        var language = UiLanguage.Requested(lang);
        var (outcome, result) = await dashboard.HandleAsync(new DashboardFilter(from, to, cluster, agreement), language, ct);
        return result is null ? outcome.ToProblem()
            : TypedResults.File(reports.Workbook(result, language), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"cooperation-{result.From:yyyyMMdd}-{result.To:yyyyMMdd}-{language}.xlsx");
    }

    static async Task<IResult> PdfAsync(CooperationDashboard dashboard, DashboardReports reports, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null, string? cluster = null, string? agreement = null, string? lang = null)
    {
        var language = UiLanguage.Requested(lang);
        var (outcome, result) = await dashboard.HandleAsync(new DashboardFilter(from, to, cluster, agreement), language, ct);
        return result is null ? outcome.ToProblem()
            : TypedResults.File(reports.Pdf(result, language), "application/pdf", $"cooperation-{result.From:yyyyMMdd}-{result.To:yyyyMMdd}-{language}.pdf");
    }
}
