using System.Net.Http.Json;
using System.Text;

namespace BioBridge.Tests;

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

    public static HttpContent? For(string operation, MatrixScene scene) =>
        operation.StartsWith("GET ", StringComparison.Ordinal) || operation.StartsWith("DELETE ", StringComparison.Ordinal)
            ? null
            : EventBody(operation, scene) ?? ReviewAndCooperationBody(operation, scene) ?? OtherBody(operation, scene)
              ?? new StringContent("{}", Encoding.UTF8, "application/json");

    /// <summary>The bodies of writes under an event.</summary>
    static HttpContent? EventBody(string operation, MatrixScene scene) => operation switch
    {
        "POST /api/v1/events/{slug}/organizers" => Json(new { email = "reviewer.park@seoulbiohub.example" }),
        "POST /api/v1/events/{slug}/broadcasts" => Json(new { subject = "Matrix broadcast", body = "To every delegate of event X." }),
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
        "PUT /api/v1/events/{slug}/reminders" => Json(new { meetingLeadMinutes = 15, pendingRequestHours = 48, availabilityDaysBefore = 3, noShowFollowUp = true }),
        "PUT /api/v1/events/{slug}/partnering/scheduling" => Json(new { mode = "automatic", capSession = "day", maxMeetingsPerSession = (int?)null, maxMeetingsPerType = (object?)null }),
        "POST /api/v1/events/{slug}/requests/{id}/pick-slot" => Json(new { slot = "unknown-slot" }),
        "PUT /api/v1/events/{slug}/delegates/{id}/preferences/{otherId}" => Json(new { level = "must" }),
        _ => null,
    };

    /// <summary>The bodies of calls, reviews, agreements and cooperation records.</summary>
    static HttpContent? ReviewAndCooperationBody(string operation, MatrixScene scene) => operation switch
    {
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
        _ => null,
    };

    /// <summary>The directory, opportunities, messages, accounts and publishing.</summary>
    static HttpContent? OtherBody(string operation, MatrixScene scene) => operation switch
    {
        "POST /api/v1/organizations/import" => new MultipartFormDataContent
        {
            { new ByteArrayContent("external_id,cluster,name_en\nmatrix-seoul-1,seoul-bio-hub,Matrix Seoul Co\n"u8.ToArray()), "file", "matrix.csv" },
        },
        "POST /api/v1/opportunities" or "PUT /api/v1/opportunities/{id}" =>
            Json(new { kind = "technology-offer", title = "Matrix post", body = "Posted by the authorization matrix.", concepts = (string[]?)null, deadline = (string?)null, targetCluster = (string?)null }),
        "POST /api/v1/opportunities/{id}/interests" => Json(new { message = "Interested (matrix)." }),
        "POST /api/v1/interests/{id}/answer" => Json(new { accept = true, reply = "Welcome (matrix)." }),
        "POST /api/v1/threads" => Json(new { meetingRequestId = scene.RequestFromA, interestId = (int?)null }),
        "POST /api/v1/threads/{id}/messages" => new MultipartFormDataContent { { new StringContent("Matrix message."), "body" } },
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
        _ => null,
    };

}
