using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace BioBridge.Tests;

/// <summary>
/// The authorization matrix as data (Security/authorization-matrix.tsv and Security/page-matrix.tsv, see OperationMatrix):
/// every operation of /openapi/v1.json and every page with a route parameter, times every persona, on paths that point at
/// organization A's and event X's data. An operation or page missing from its file fails by name, and so does a row for one
/// that no longer exists.
/// </summary>
public abstract partial class AuthorizationMatrixTests<TApp>
{
    const string OperationsFile = "authorization-matrix.tsv";

    [Fact]
    public async Task Every_api_operation_answers_each_persona_as_the_matrix_file_says()
    {
        var openApi = JsonDocument.Parse(await Host.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = openApi.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(method => method.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .ToList();
        operations.Count.ShouldBeGreaterThan(100);
        var matrix = OperationMatrix.Load(OperationsFile);
        var scene = await MatrixScene.OfAsync(Host);
        var observed = operations.ToDictionary(o => o, _ => new Dictionary<Persona, (string Verdict, int Status)>());
        var failures = new List<string>();
        failures.AddRange(operations.Where(o => !matrix.Rows.ContainsKey(o)).Select(o => $"{o}: no row in {OperationsFile}"));
        failures.AddRange(matrix.Order.Where(o => !operations.Contains(o)).Select(o => $"{o}: row in {OperationsFile} for an operation the app no longer has"));

        // Reads first; then every refused write, while the data it must not touch is intact; then the allowed writes, deletes last.
        // An operation without a row is still called, for the draft (BIOBRIDGE_MATRIX_DRAFT); it has failed by name above.
        var steps = operations
            .SelectMany(o => Personas.All.Select(p => (Operation: o, Persona: p, Expected: matrix.Rows.TryGetValue(o, out var row) ? row[p] : null)))
            .OrderBy(s => s.Operation.StartsWith("GET ", StringComparison.Ordinal) ? 0 : OperationMatrix.Refusal(s.Expected) ? 1 : 2)
            .ThenBy(s => s.Operation.StartsWith("DELETE ", StringComparison.Ordinal) ? 1 : 0)
            .ToList();
        foreach (var (operation, persona, expected) in steps)
        {
            var method = operation[..operation.IndexOf(' ')];
            var template = operation[(method.Length + 1)..];
            var client = await Host.ClientAsync(persona);
            using var request = new HttpRequestMessage(new HttpMethod(method), scene.Fill(template) + MatrixBodies.Query(operation));
            request.Content = MatrixBodies.For(operation, scene);
            using var response = await client.SendAsync(request);
            var verdict = OperationMatrix.Observe(persona, response, isPage: false);
            observed[operation][persona] = (verdict, (int)response.StatusCode);
            if (expected is not null && (!OperationMatrix.Fits(expected, verdict, (int)response.StatusCode) || verdict == "server-error"))
            {
                var body = await response.Content.ReadAsStringAsync();
                failures.Add($"{operation} as {persona}: expected {expected}, answered {(int)response.StatusCode} ({verdict}) {body[..Math.Min(body.Length, 160)]}");
            }
        }
        OperationMatrix.WriteDraft(OperationsFile, operations.Select(o => (o, (IReadOnlyDictionary<Persona, (string, int)>)observed[o])));
        failures.ShouldBeEmpty($"{failures.Count} of {steps.Count} answers differ from {OperationsFile}:\n{string.Join("\n", failures)}\n");
    }
}

/// <summary>The pages of the matrix, on their own app: the API matrix's writes (a withdrawn submission, an answered request) do not reach them.</summary>
public abstract class PageMatrixTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    const string PagesFile = "page-matrix.tsv";

    [Fact]
    public async Task Every_page_with_a_route_parameter_answers_each_persona_as_the_matrix_file_says()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .Where(t => t.Contains('{')).Distinct().Order().ToList();
        pages.Count.ShouldBeGreaterThan(10);
        var matrix = OperationMatrix.Load(PagesFile);
        var scene = await MatrixScene.OfAsync(app);
        var observed = pages.ToDictionary(p => p, _ => new Dictionary<Persona, (string Verdict, int Status)>());
        var failures = new List<string>();
        failures.AddRange(pages.Where(p => !matrix.Rows.ContainsKey(p)).Select(p => $"{p}: no row in {PagesFile}"));
        failures.AddRange(matrix.Order.Where(p => !pages.Contains(p)).Select(p => $"{p}: row in {PagesFile} for a page the app no longer has"));
        foreach (var page in pages)
            foreach (var persona in Personas.All)
            {
                var expected = matrix.Rows.TryGetValue(page, out var row) ? row[persona] : null;
                using var response = await (await app.ClientAsync(persona)).GetAsync(scene.Fill(page));
                var verdict = OperationMatrix.Observe(persona, response, isPage: true);
                observed[page][persona] = (verdict, (int)response.StatusCode);
                if (expected is not null && (!OperationMatrix.Fits(expected, verdict, (int)response.StatusCode) || verdict == "server-error"))
                    failures.Add($"{page} as {persona}: expected {expected}, answered {(int)response.StatusCode} {response.Headers.Location} ({verdict})");
            }
        OperationMatrix.WriteDraft(PagesFile, pages.Select(p => (p, (IReadOnlyDictionary<Persona, (string, int)>)observed[p])));
        failures.ShouldBeEmpty($"{failures.Count} answers differ from {PagesFile}:\n{string.Join("\n", failures)}\n");
    }
}

public sealed class PageMatrixOnSqlite(SqliteApp app) : PageMatrixTests<SqliteApp>(app);

public sealed class PageMatrixOnPostgres(PostgresApp app) : PageMatrixTests<PostgresApp>(app);

/// <summary>
/// The bodies the matrix sends: plausible enough that validation cannot answer before the scope check does (an empty body
/// would be refused with 400 and hide a hole). Self-service account operations get an empty body on purpose: a real one would
/// end the persona's session (password, two-factor) or delete the account, and they are open to every signed-in user anyway.
/// </summary>
static class MatrixBodies
{
    static JsonContent Json(object value) => JsonContent.Create(value);

    public static string Query(string operation) => operation switch
    {
        "POST /api/v1/organizations/import" => "?dryRun=true",
        _ => "",
    };

    public static HttpContent? For(string operation, MatrixScene scene) => operation switch
    {
        "POST /api/v1/organizations/import" => new MultipartFormDataContent
        {
            { new ByteArrayContent("external_id,cluster,name_en\nmatrix-seoul-1,seoul-bio-hub,Matrix Seoul Co\n"u8.ToArray()), "file", "matrix.csv" },
        },
        "POST /api/v1/events/{slug}/organizers" => Json(new { email = "reviewer.park@seoulbiohub.example" }),
        "POST /api/v1/events/{slug}/broadcasts" => Json(new { subject = "Matrix broadcast", body = "To every delegate of event X." }),
        "POST /api/v1/opportunities" or "PUT /api/v1/opportunities/{id}" =>
            Json(new { kind = "technology-offer", title = "Matrix post", body = "Posted by the authorization matrix.", concepts = (string[]?)null, deadline = (string?)null, targetCluster = (string?)null }),
        "POST /api/v1/opportunities/{id}/interests" => Json(new { message = "Interested (matrix)." }),
        "POST /api/v1/interests/{id}/answer" => Json(new { accept = true, reply = "Welcome (matrix)." }),
        "POST /api/v1/events/{slug}/program" => Json(new { sessions = Array.Empty<object>(), exhibitors = Array.Empty<object>() }),
        "POST /api/v1/events/{slug}/delegates" => Json(new
        {
            displayName = "Matrix Delegate", email = "matrix.delegate@dewlight.example", jobTitle = "CTO", languages = new[] { "en" },
            unavailableSlots = Array.Empty<string>(), maxMeetings = 5, organizationExternalId = Personas.OrgA,
        }),
        "PUT /api/v1/events/{slug}/delegates/{id}" => Json(new
        {
            displayName = "박지우 Park Ji-woo", email = "delegate@dewlight.example", jobTitle = "CEO", languages = new[] { "ko", "en" },
            unavailableSlots = Array.Empty<string>(), maxMeetings = 10, organizationExternalId = Personas.OrgA,
        }),
        "POST /api/v1/events/{slug}/requests" => Json(new { fromDelegateId = scene.DelegateOfA, toDelegateId = scene.DelegateOfB, message = "Matrix request.", priority = 1, mode = (string?)null }),
        "POST /api/v1/events/{slug}/meetings/{id}/status" => Json(new { status = "held" }),
        "PUT /api/v1/events/{slug}/meetings/{id}/follow-ups/{delegateId}" => Json(new { happened = true, nextStepInterest = "yes", outcomeType = "none", note = "Matrix follow-up." }),
        "POST /api/v1/events/{slug}/partnering/setup" => Json(new { slots = Array.Empty<object>(), locations = Array.Empty<object>(), interpreters = Array.Empty<object>() }),
        "POST /api/v1/events/{slug}/delegations" => Json(new
        {
            nameKo = "매트릭스", nameZh = "矩阵", nameEn = "Matrix delegation", cluster = "liangjiang", members = Array.Empty<object>(), itinerary = Array.Empty<object>(),
        }),
        "POST /api/v1/events/{slug}/scheduling-runs" or "POST /api/v1/events/{slug}/preferences/generate" => Json(new { timeLimitSeconds = 1 }),
        "POST /api/v1/events/{slug}/meetings/{id}/move" => Json(new { slot = "unknown-slot", location = "unknown-table", interpreter = (string?)null }),
        "POST /api/v1/threads" => Json(new { meetingRequestId = scene.RequestFromA, interestId = (int?)null }),
        "POST /api/v1/threads/{id}/messages" => new MultipartFormDataContent { { new StringContent("Matrix message."), "body" } },
        "PUT /api/v1/events/{slug}/reminders" => Json(new { meetingLeadMinutes = 15, pendingRequestHours = 48, availabilityDaysBefore = 3, noShowFollowUp = true }),
        "PUT /api/v1/events/{slug}/partnering/scheduling" => Json(new { mode = "automatic", capSession = "day", maxMeetingsPerSession = (int?)null, maxMeetingsPerType = (object?)null }),
        "POST /api/v1/events/{slug}/requests/{id}/pick-slot" => Json(new { slot = "unknown-slot" }),
        "PUT /api/v1/events/{slug}/delegates/{id}/preferences/{otherId}" => Json(new { level = "must" }),
        "POST /api/v1/calls" => Json(new
        {
            slug = "matrix-call", kind = "award", titleEn = "Matrix call", textEn = "A call of the matrix test.", eligibleClusters = new[] { "seoul-bio-hub" },
            requiredClusters = Array.Empty<string>(), deadline = "2030-01-01T18:00", timeZone = "Asia/Seoul", reviewersPerSubmission = 1,
            criteria = new[] { new { name = "Impact", weight = 1 } },
        }),
        "POST /api/v1/calls/{slug}/submissions" or "PUT /api/v1/submissions/{id}" =>
            Json(new { title = "Matrix submission", summary = "Written by the matrix test.", partners = Array.Empty<string>() }),
        "POST /api/v1/submissions/{id}/attachments" => new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4 matrix"u8.ToArray()), "file", "matrix.pdf" },
        },
        "POST /api/v1/reviews/{id}" => Json(new { scores = Array.Empty<object>(), comment = "Matrix review." }),
        "POST /api/v1/reviewer/conflicts" => Json(new { organization = Personas.OrgB, reason = "Matrix conflict." }),
        "POST /api/v1/calls/{slug}/assignments" => Json(new { maxPerReviewer = 5 }),
        "POST /api/v1/submissions/{id}/reviewers" => Json(new { email = "reviewer.park@seoulbiohub.example" }),
        "POST /api/v1/submissions/{id}/decision" => Json(new { decision = "unknown-decision", note = "Matrix.", releasedReviews = Array.Empty<int>() }),
        "POST /api/v1/agreements/{slug}/documents" => new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4 matrix"u8.ToArray()), "file", "matrix.pdf" },
        },
        "POST /api/v1/agreements/{slug}/commitments" or "PUT /api/v1/agreements/{slug}/commitments/{id}" => Json(new
        {
            title = "Matrix commitment", owner = "Seoul Bio Hub global team", ownerCluster = "seoul-bio-hub", dueOn = "2027-06-30", completedOn = (string?)null,
        }),
        "POST /api/v1/cooperation/deals" or "PUT /api/v1/cooperation/deals/{id}" => Json(new
        {
            kind = "supply", title = "Matrix deal", amount = 1000, currency = "USD", closedOn = "2026-11-01",
            parties = new[] { Personas.OrgA, Personas.OrgB }, source = "meeting", meetingId = scene.MeetingOfA, introductionId = (int?)null, agreement = (string?)null,
        }),
        "POST /api/v1/cooperation/exchange-rates" => Json(new { currency = "KRW", validFrom = "2026-12-01", unitsPerUsd = 1400 }),
        "POST /api/v1/cooperation/projects" or "PUT /api/v1/cooperation/projects/{id}" => Json(new
        {
            title = "Matrix project", summary = "Joint work (matrix).", kind = "business", status = "active", partners = new[] { Personas.OrgA, Personas.OrgB },
            agreement = (string?)null, meetingId = (int?)null, startedOn = "2026-11-01", endsOn = (string?)null, budget = (decimal?)null, budgetCurrency = (string?)null,
            milestones = Array.Empty<object>(),
        }),
        "POST /api/v1/cooperation/pipelines" => Json(new { name = "Matrix pipeline", cluster = (string?)null }),
        "POST /api/v1/cooperation/pipelines/{id}/entries" => Json(new { organization = "cq-zaining-vector", stage = "discovered", owner = (string?)null, notes = "Matrix." }),
        "POST /api/v1/cooperation/introductions" => Json(new { organization = Personas.OrgA, forOrganization = Personas.OrgB, note = "Matrix introduction." }),
        "POST /api/v1/cooperation/introductions/{id}/answer" => Json(new { accept = true }),
        "POST /api/v1/account/invitations" => Json(new { email = "matrix.invitee@dewlight.example", organization = Personas.OrgA, role = "member", language = "en" }),
        "PUT /api/v1/my/profile" => Json(new
        {
            name = new { en = new { text = "Dewlight Cosmetics", state = "original" } },
            description = new { en = new { text = "Matrix profile change.", state = "original" } }, offers = new[] { "microcapsules" }, needs = Array.Empty<string>(),
            founded = (int?)null, employees = (int?)null, patents = (int?)null, city = (string?)null, website = (string?)null, sectors = Array.Empty<string>(),
            descriptionVisibility = "public", pipelineVisibility = "public", figuresVisibility = "public", contactVisibility = "public",
        }),
        "POST /api/v1/vetting/{id}/approve" => Json(new { checklist = new[] { "languages", "length", "sectors", "contact", "prohibited-content" }, comment = "Matrix." }),
        "POST /api/v1/vetting/{id}/reject" => Json(new { comment = "Matrix rejects." }),
        _ when operation.StartsWith("GET ", StringComparison.Ordinal) || operation.StartsWith("DELETE ", StringComparison.Ordinal) => null,
        _ => new StringContent("{}", Encoding.UTF8, "application/json"),
    };
}
