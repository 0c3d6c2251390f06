using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
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
        agreements.MapPost("/commitments", async (string slug, CommitmentBody body, SaveCommitment save, TimeProvider clock, CancellationToken ct) =>
                (await save.HandleAsync(slug, null, body, ct)).ToResult(commitment =>
                    TypedResults.Created($"/api/v1/agreements/{slug}/commitments/{commitment.Id}", ToResponse(commitment, Today(clock)))))
            .WithName("AddCommitment").WithSummary("Adds a commitment.");
        agreements.MapPut("/commitments/{id:int}", async (string slug, int id, CommitmentBody body, SaveCommitment save, TimeProvider clock, CancellationToken ct) =>
                (await save.HandleAsync(slug, id, body, ct)).ToResult(commitment => TypedResults.Ok(ToResponse(commitment, Today(clock)))))
            .WithName("UpdateCommitment").WithSummary("Updates a commitment, e.g. its completion date.");

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

        async Task<Results<TOk, ValidationProblem, ProblemHttpResult>> SaveAsync<TOk>(int? id, TBody body, HttpContext http, AppDb db,
            Func<int, TResponse?, TOk> answer, CancellationToken ct) where TOk : IResult =>
            await (await save(http.RequestServices, id, body, ct)).ToResultAsync(async record =>
            {
                var savedId = (int)db.Entry(record).Property("Id").CurrentValue!;
                return answer(savedId, await FindAsync(db, savedId, ct));
            });

        api.MapGet(path, async (AppDb db, CancellationToken ct) =>
        {
            var slugs = await AgreementSlugsAsync(db, ct);
            return TypedResults.Ok((await newestFirst(withDetails(db)).Take(500).ToListAsync(ct)).Select(r => respond(r, slugs)).ToList());
        }).WithName(names.List).WithSummary(names.ListSummary);
        api.MapGet(path + "/{id:int}", async Task<Results<Ok<TResponse>, NotFound>> (int id, AppDb db, CancellationToken ct) =>
            await FindAsync(db, id, ct) is { } response ? TypedResults.Ok(response) : TypedResults.NotFound()).WithName(names.Get).WithSummary(names.GetSummary);
        api.MapPost(path, (TBody body, HttpContext http, AppDb db, CancellationToken ct) =>
                SaveAsync(null, body, http, db, (savedId, response) => TypedResults.Created($"/api/v1/cooperation{path}/{savedId}", response), ct))
            .WithName(names.Create).WithSummary(names.CreateSummary);
        api.MapPut(path + "/{id:int}", (int id, TBody body, HttpContext http, AppDb db, CancellationToken ct) =>
                SaveAsync(id, body, http, db, (_, response) => TypedResults.Ok(response), ct))
            .WithName(names.Update).WithSummary(names.UpdateSummary);
    }

    static async Task<Results<Ok<List<DocumentResponse>>, NotFound>> DocumentsAsync(string slug, AppDb db, CancellationToken ct)
    {
        var agreementId = await db.Agreements.IdOfAsync(slug, ct);
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

    /// <summary>The agreement page posts its form here too, with a returnUrl to go back to instead of the created document.</summary>
    static async Task<Results<Results<Created<DocumentResponse>, RedirectHttpResult>, ValidationProblem, ProblemHttpResult>> UploadAsync(string slug,
        IFormFile? file, [FromForm] string? returnUrl, CooperationActor actor, UploadAgreementDocument upload, CancellationToken ct)
    {
        if (file is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [CooperationText.Say("Choose a file to upload (multipart field 'file').")] });
        await using var content = file.OpenReadStream();
        return (await upload.HandleAsync(slug, file.FileName, content, file.Length, actor, ct))
            .ToResult<Results<Created<DocumentResponse>, RedirectHttpResult>>(document => string.IsNullOrEmpty(returnUrl)
                ? TypedResults.Created($"/api/v1/agreements/{slug}/documents/{document.Id}", new DocumentResponse(document.Id, document.FileName,
                    document.ContentType, document.Size, document.UploadedAt, $"/api/v1/agreements/{slug}/documents/{document.Id}"))
                : TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl)));
    }

    static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(string slug, int id, AppDb db, CancellationToken ct)
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
        var agreementId = await db.Agreements.IdOfAsync(slug, ct);
        if (agreementId is null)
            return TypedResults.NotFound();
        var list = await db.Commitments.Where(c => c.AgreementId == agreementId).OrderBy(c => c.DueOn).ThenBy(c => c.Id).ToListAsync(ct);
        return TypedResults.Ok(list.Select(c => ToResponse(c, Today(clock))).ToList());
    }

    static async Task<Results<Ok<DashboardResult>, ValidationProblem, ProblemHttpResult>> DashboardAsync(CooperationDashboard dashboard,
        CancellationToken ct, DateOnly? from = null, DateOnly? to = null, string? cluster = null, string? agreement = null, string? lang = null) =>
        (await dashboard.HandleAsync(new DashboardFilter(from, to, cluster, agreement), UiLanguage.Requested(lang), ct)).ToResult(TypedResults.Ok);

    static async Task<Results<Ok<RecordPage>, ValidationProblem, ProblemHttpResult>> RecordsAsync(string kind, CooperationDashboard dashboard,
        CancellationToken ct, DateOnly? from = null, DateOnly? to = null, string? cluster = null, string? agreement = null, string? facet = null,
        int page = 1, int pageSize = 50, string? lang = null)
    {
        var scope = await dashboard.ScopeAsync(new DashboardFilter(from, to, cluster, agreement), ct);
        if (!scope.Succeeded)
            return scope.Verdict.Failure<Ok<RecordPage>>();
        return (await DashboardRecords.ListAsync(scope.Value, kind, facet, UiLanguage.Requested(lang), page, pageSize, ct)).ToResult(TypedResults.Ok);
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

    static async Task<Results<Ok<RateResponse>, ValidationProblem, ProblemHttpResult>> SetRateAsync(RateBody body, ExchangeRates rates,
        CancellationToken ct) =>
        (await rates.SetAsync(body, ct)).ToResult(rate => TypedResults.Ok(new RateResponse(rate.Currency, rate.ValidFrom, rate.UnitsPerUsd)));

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

    static async Task<Ok<List<PipelineResponse>>> PipelinesAsync(CooperationActor actor, ScoutingBoard board, CancellationToken ct) =>
        TypedResults.Ok(await board.PipelinesAsync(actor, ct));

    static async Task<Results<Ok<PipelineResponse>, ValidationProblem, ProblemHttpResult>> PipelineAsync(int id, CooperationActor actor,
        ScoutingBoard board, CancellationToken ct) =>
        (await board.PipelineAsync(id, actor, ct)).ToResult(TypedResults.Ok);

    static async Task<Results<Created<PipelineResponse>, ValidationProblem, ProblemHttpResult>> CreatePipelineAsync(PipelineBody body,
        CooperationActor actor, CreatePipeline create, CancellationToken ct) =>
        (await create.HandleAsync(body, actor, ct)).ToResult(pipeline => TypedResults.Created($"/api/v1/cooperation/pipelines/{pipeline.Id}",
            new PipelineResponse(pipeline.Id, pipeline.ClusterId, pipeline.Name, false, [])));

    static async Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> SaveEntryAsync(int id, WatchlistBody body,
        CooperationActor actor, SaveWatchlistEntry save, ScoutingBoard board, CancellationToken ct) =>
        await (await save.HandleAsync(id, body, actor, ct)).ToResultAsync(async entry =>
            TypedResults.Ok((await board.PipelineAsync(id, actor, ct)).Value!.Entries.Single(e => e.Id == entry.Id)));

    static async Task<Ok<List<IntroductionResponse>>> IntroductionsAsync(CooperationActor actor, ScoutingBoard board, CancellationToken ct) =>
        TypedResults.Ok(await board.IntroductionsAsync(actor, ct));

    static async Task<Results<Created<IntroductionResponse>, ValidationProblem, ProblemHttpResult>> IntroduceAsync(IntroductionBody body,
        CooperationActor actor, IntroduceOrganization introduce, ScoutingBoard board, CancellationToken ct) =>
        await (await introduce.HandleAsync(body, actor, ct)).ToResultAsync(async introduction =>
            TypedResults.Created($"/api/v1/cooperation/introductions/{introduction.Id}",
                (await board.IntroductionsAsync(actor, ct)).Single(i => i.Id == introduction.Id)));

    static async Task<Results<NotFound, Results<NoContent, ValidationProblem, ProblemHttpResult>>> AnswerIntroductionAsync(int id, AnswerBody body,
        CooperationActor actor, AppDb db, TimeProvider clock, CancellationToken ct)
    {
        var introduction = await db.Introductions.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (introduction is null)
            return TypedResults.NotFound();
        return await introduction.Answer(body.Accept, actor.ClusterId, actor.IsAdmin, clock.GetUtcNow().UtcDateTime).ToResultAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });
    }

    static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> WorkbookAsync(CooperationDashboard dashboard,
        DashboardReports reports, CancellationToken ct, DateOnly? from = null, DateOnly? to = null, string? cluster = null, string? agreement = null,
        string? lang = null)
    {
        var language = UiLanguage.Requested(lang);
        return (await dashboard.HandleAsync(new DashboardFilter(from, to, cluster, agreement), language, ct)).ToResult(result =>
            TypedResults.File(reports.Workbook(result, language), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"cooperation-{result.From:yyyyMMdd}-{result.To:yyyyMMdd}-{language}.xlsx"));
    }

    static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> PdfAsync(CooperationDashboard dashboard,
        DashboardReports reports, IStringLocalizer<CooperationText> text, ILogger<DashboardReports> log, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null, string? cluster = null, string? agreement = null, string? lang = null)
    {
        var language = UiLanguage.Requested(lang);
        var outcome = await dashboard.HandleAsync(new DashboardFilter(from, to, cluster, agreement), language, ct);
        if (!outcome.Succeeded)
            return outcome.Verdict.Failure<FileContentHttpResult>();
        var result = outcome.Value;
        if (reports.Pdf(result, language, out var missing) is { } pdf)
            return TypedResults.File(pdf, "application/pdf", $"cooperation-{result.From:yyyyMMdd}-{result.To:yyyyMMdd}-{language}.pdf");
        // A server without the report fonts: the operator reads which package to install, the log keeps it too.
        log.LogError("The PDF report cannot be written: {Missing}", missing);
        return TypedResults.Problem(text["fonts-missing", missing], statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
