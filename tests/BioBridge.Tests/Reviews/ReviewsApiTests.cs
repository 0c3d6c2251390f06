using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Features.Reviews;

namespace BioBridge.Tests.Reviews;

/// <summary>
/// Calls, submissions, reviewer assignment, blind scoring, ranking and decisions through the API on each provider, with
/// the server clock set by the test. Every test opens its own call.
/// </summary>
public abstract class ReviewsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ReviewsApp
{
    const string Operator = "operator@seoulbiohub.example";
    static readonly string Kim = SeedReviewsDemo.DemoReviewers[0].Email;
    static readonly string Park = SeedReviewsDemo.DemoReviewers[1].Email;
    static readonly string Chen = SeedReviewsDemo.DemoReviewers[2].Email;
    static readonly string Wang = SeedReviewsDemo.DemoReviewers[3].Email;
    static readonly string[] Reviewers = [Kim, Park, Chen, Wang];

    static Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => BioBridgeApp.JsonAsync(response, expected);

    Task<HttpClient> MemberOf(string organization) => app.AsAsync($"{organization}-{app.Provider}@reviews.example", organization);

    /// <summary>A new call whose deadline is a local time in the zone; by default the end of the day ten days from the clock's now.</summary>
    async Task<string> NewCallAsync(string kind, string zone = "Asia/Seoul", DateTime? deadline = null, object? extra = null)
    {
        var slug = $"t-{kind}-{Guid.NewGuid():N}"[..30];
        var local = TimeZoneInfo.ConvertTime(app.Clock.Now, TimeZoneInfo.FindSystemTimeZoneById(zone)).Date.AddDays(11).AddSeconds(-1);
        var body = new Dictionary<string, object?>
        {
            ["slug"] = slug, ["kind"] = kind, ["titleEn"] = $"Test call {slug}", ["titleKo"] = "시험 공모",
            ["deadline"] = (deadline ?? local).ToString("yyyy-MM-ddTHH:mm:ss"), ["timeZone"] = zone, ["reviewersPerSubmission"] = 2,
            ["criteria"] = new[]
            {
                new { nameEn = "Excellence", weight = 3.0, scaleMin = 1, scaleMax = 5 },
                new { nameEn = "Impact", weight = 1.0, scaleMin = 1, scaleMax = 5 },
            },
            ["attachmentTypes"] = new[] { ".pdf" }, ["maxAttachmentMegabytes"] = 1, ["maxAttachments"] = 2,
        };
        foreach (var property in extra?.GetType().GetProperties() ?? [])
            body[property.Name] = property.GetValue(extra);
        var organizer = await app.AsAsync(Operator);
        var created = await Json(await organizer.PostAsJsonAsync("/api/v1/calls", body), HttpStatusCode.Created);
        created.GetProperty("slug").GetString().ShouldBe(slug);
        return slug;
    }

    static async Task<int> DraftAsync(HttpClient member, string call, string title, params string[] partners)
    {
        var created = await Json(await member.PostAsJsonAsync($"/api/v1/calls/{call}/submissions",
            new { title, summary = $"What {title} will do.", partners }), HttpStatusCode.Created);
        created.GetProperty("summary").GetProperty("status").GetString().ShouldBe("draft");
        return created.GetProperty("summary").GetProperty("id").GetInt32();
    }

    async Task<int> SubmittedAsync(string organization, string call, string title, params string[] partners)
    {
        var member = await MemberOf(organization);
        var id = await DraftAsync(member, call, title, partners);
        await Json(await member.PostAsync($"/api/v1/submissions/{id}/submit", null));
        return id;
    }

    static Dictionary<int, JsonElement> RowsById(JsonElement ranking) =>
        ranking.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("submission").GetProperty("id").GetInt32());

    [Fact]
    public async Task Anyone_reads_the_open_calls_but_anonymous_writes_are_refused()
    {
        var anonymous = app.Anonymous();
        var calls = await Json(await anonymous.GetAsync("/api/v1/calls"));
        var slugs = calls.EnumerateArray().Select(c => c.GetProperty("slug").GetString()).ToList();
        slugs.ShouldContain(SeedReviewsDemo.AwardCall);
        slugs.ShouldContain(SeedReviewsDemo.JointRdCall);
        var jointRd = await Json(await anonymous.GetAsync($"/api/v1/calls/{SeedReviewsDemo.JointRdCall}"));
        jointRd.GetProperty("kind").GetString().ShouldBe("joint-rd");
        jointRd.GetProperty("deadline").GetString()!.ShouldContain("23:59:59 Asia/Shanghai (UTC+08:00)");
        jointRd.GetProperty("criteria").GetArrayLength().ShouldBe(4);

        (await anonymous.PostAsJsonAsync("/api/v1/calls", new { slug = "anonymous-call" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync($"/api/v1/calls/{SeedReviewsDemo.AwardCall}/submissions", new { title = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/v1/submissions")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var member = await MemberOf("sbh-organofit");
        (await member.PostAsJsonAsync("/api/v1/calls", new { slug = "member-call" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.GetAsync($"/api/v1/calls/{SeedReviewsDemo.AwardCall}/ranking")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Review_pages_send_strangers_to_sign_in_and_members_away_from_the_desk()
    {
        var anonymous = await app.Anonymous().GetAsync("/reviews");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
        var member = await MemberOf("sbh-organofit");
        var desk = await member.GetAsync($"/calls/{SeedReviewsDemo.AwardCall}/organizer");
        desk.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        desk.Headers.Location!.OriginalString.ShouldContain("/account/denied");
        (await member.GetAsync("/reviews")).Headers.Location!.OriginalString.ShouldContain("/account/denied");
    }

    [Fact]
    public async Task A_call_with_bad_fields_is_refused_naming_each_field()
    {
        var organizer = await app.AsAsync(Operator);
        var problem = await Json(await organizer.PostAsJsonAsync("/api/v1/calls", new
        {
            slug = "X", kind = "prize", deadline = "2030-01-01T00:00:00", timeZone = "Asia/Chongqingg",
            criteria = new[] { new { nameEn = "Only", weight = 0.0, scaleMin = 5, scaleMax = 1 } },
        }), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("slug")[0].GetString()!.ShouldContain("lowercase");
        errors.GetProperty("kind")[0].GetString()!.ShouldContain("award or joint-rd");
        errors.GetProperty("title")[0].GetString()!.ShouldContain("at least one");
        errors.GetProperty("timeZone")[0].GetString()!.ShouldContain("'Asia/Chongqingg' is not a known IANA time zone");
        errors.GetProperty("criteria[0]").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_joint_rd_proposal_needs_a_partner_from_the_other_cluster()
    {
        var call = await NewCallAsync("joint-rd");
        var member = await MemberOf("sbh-organofit");
        var id = await DraftAsync(member, call, "Organoid screening, Seoul only", "sbh-signion-dx");
        var draft = await Json(await member.GetAsync($"/api/v1/submissions/{id}"));
        draft.GetProperty("eligibilityProblems")[0].GetString()!.ShouldContain("none is from liangjiang");

        var refused = await Json(await member.PostAsync($"/api/v1/submissions/{id}/submit", null), HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("partners")[0].GetString()!.ShouldContain("none is from liangjiang");

        await Json(await member.PutAsJsonAsync($"/api/v1/submissions/{id}",
            new { title = "Organoid screening with a Chongqing CRO", summary = "Joint screening.", partners = new[] { "cq-yuxin-clinical" } }));
        var submitted = await Json(await member.PostAsync($"/api/v1/submissions/{id}/submit", null));
        submitted.GetProperty("summary").GetProperty("status").GetString().ShouldBe("submitted");
        submitted.GetProperty("summary").GetProperty("partners")[0].GetProperty("cluster").GetString().ShouldBe("liangjiang");
        (await member.PutAsJsonAsync($"/api/v1/submissions/{id}", new { title = "Changed after submission", summary = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var award = await NewCallAsync("award");
        var withPartner = await Json(await member.PostAsJsonAsync($"/api/v1/calls/{award}/submissions",
            new { title = "Nomination", summary = "x", partners = new[] { "cq-yuxin-clinical" } }), HttpStatusCode.BadRequest);
        withPartner.GetProperty("errors").GetProperty("partners")[0].GetString()!.ShouldContain("no partners");
    }

    [Fact]
    public async Task The_deadline_second_counts_and_one_second_later_is_refused_naming_the_deadline_in_the_calls_zone()
    {
        var start = app.Clock.Now;
        try
        {
            var day = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul")).Date.AddDays(3);
            var localDeadline = day.AddHours(23).AddMinutes(59).AddSeconds(59);
            var seoul = await NewCallAsync("award", "Asia/Seoul", localDeadline);
            var shanghai = await NewCallAsync("award", "Asia/Shanghai", localDeadline);
            var member = await MemberOf("sbh-greenroot-health");
            var onTime = await DraftAsync(member, seoul, "On the second");
            var late = await DraftAsync(member, seoul, "One second late");
            var inShanghai = await DraftAsync(member, shanghai, "Same local time in Shanghai");

            // 23:59:59 in Seoul (UTC+9) is 14:59:59 UTC; in Shanghai (UTC+8) it is 15:59:59 UTC.
            var seoulDeadline = new DateTimeOffset(day.Year, day.Month, day.Day, 14, 59, 59, TimeSpan.Zero);
            app.Clock.Now = seoulDeadline;
            await Json(await member.PostAsync($"/api/v1/submissions/{onTime}/submit", null));
            app.Clock.Now = seoulDeadline.AddSeconds(1);
            var refused = await Json(await member.PostAsync($"/api/v1/submissions/{late}/submit", null), HttpStatusCode.Conflict);
            refused.GetProperty("detail").GetString()!.ShouldContain($"{day:yyyy-MM-dd} 23:59:59 Asia/Seoul (UTC+09:00)");
            (await member.PostAsJsonAsync($"/api/v1/calls/{seoul}/submissions", new { title = "New after the deadline", summary = "x" }))
                .StatusCode.ShouldBe(HttpStatusCode.Conflict);

            // The Shanghai call is open for one more hour, to its own second.
            app.Clock.Now = seoulDeadline.AddHours(1).AddSeconds(1);
            var shanghaiLate = await Json(await member.PostAsync($"/api/v1/submissions/{inShanghai}/submit", null), HttpStatusCode.Conflict);
            shanghaiLate.GetProperty("detail").GetString()!.ShouldContain($"{day:yyyy-MM-dd} 23:59:59 Asia/Shanghai (UTC+08:00)");
            var calls = await Json(await app.Anonymous().GetAsync("/api/v1/calls"));
            calls.EnumerateArray().Select(c => c.GetProperty("slug").GetString()).ShouldNotContain(seoul);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task A_withdrawn_submission_cannot_be_submitted_again()
    {
        var call = await NewCallAsync("award");
        var member = await MemberOf("sbh-greenroot-health");
        var id = await SubmittedAsync("sbh-greenroot-health", call, "Herbal immunity");
        var withdrawn = await Json(await member.PostAsync($"/api/v1/submissions/{id}/withdraw", null));
        withdrawn.GetProperty("summary").GetProperty("status").GetString().ShouldBe("withdrawn");
        (await member.PostAsync($"/api/v1/submissions/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await member.PostAsync($"/api/v1/submissions/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Attachments_must_match_the_calls_types_and_size()
    {
        var call = await NewCallAsync("award");
        var member = await MemberOf("sbh-organofit");
        var id = await DraftAsync(member, call, "Digital therapeutics");
        async Task<HttpResponseMessage> UploadAsync(string name, int bytes)
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[bytes]), "file", name } };
            return await member.PostAsync($"/api/v1/submissions/{id}/attachments", form);
        }
        (await Json(await UploadAsync("run.exe", 10), HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file")[0].GetString()!
            .ShouldContain("accepts .pdf files only");
        (await Json(await UploadAsync("big.pdf", 1024 * 1024 + 1), HttpStatusCode.RequestEntityTooLarge)).GetProperty("errors").GetProperty("file")[0].GetString()!
            .ShouldContain("the limit is 1 MB");
        var attached = await Json(await UploadAsync("plan.pdf", 2048), HttpStatusCode.Created);
        var download = await member.GetAsync($"/api/v1/submissions/{id}/attachments/{attached.GetProperty("id").GetInt32()}");
        (await download.Content.ReadAsByteArrayAsync()).Length.ShouldBe(2048);
        await Json(await UploadAsync("second.pdf", 10), HttpStatusCode.Created);
        (await UploadAsync("third.pdf", 10)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var other = await MemberOf("sbh-nanosensing");
        (await other.GetAsync($"/api/v1/submissions/{id}/attachments/{attached.GetProperty("id").GetInt32()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Assignment_balances_loads_and_never_assigns_a_reviewer_in_conflict()
    {
        var call = await NewCallAsync("joint-rd");
        // Wang works at Yuxin Clinical (a partner here); Park declared a conflict with Hanui Cell (a partner there).
        const string lead = "sbh-organofit";
        var withYuxin = await SubmittedAsync(lead, call, "Preclinical package with Yuxin", "cq-yuxin-clinical");
        var withHanui = await SubmittedAsync(lead, call, "Organoids for CAR-T", "sbh-hanui-cell", "cq-shancheng-cell");
        var others = new[]
        {
            await SubmittedAsync(lead, call, "Vector screening", "cq-zaining-vector"),
            await SubmittedAsync(lead, call, "Lipid formulations", "cq-lipocore"),
            await SubmittedAsync(lead, call, "Microcapsule assays", "cq-xiaowan"),
        };
        var organizer = await app.AsAsync(Operator);
        var result = await Json(await organizer.PostAsJsonAsync($"/api/v1/calls/{call}/assignments", new { }));
        result.GetProperty("added").GetInt32().ShouldBe(10);
        var loads = result.GetProperty("loads").EnumerateObject().Select(l => l.Value.GetInt32()).ToList();
        loads.Count.ShouldBe(4);
        (loads.Max() - loads.Min()).ShouldBeLessThanOrEqualTo(1);

        var rows = RowsById(await Json(await organizer.GetAsync($"/api/v1/calls/{call}/ranking")));
        string[] ReviewersOf(int id) => rows[id].GetProperty("details").EnumerateArray().Select(d => d.GetProperty("reviewer").GetString()!).ToArray();
        ReviewersOf(withYuxin).ShouldNotContain(SeedReviewsDemo.DemoReviewers[3].Name);
        ReviewersOf(withHanui).ShouldNotContain(SeedReviewsDemo.DemoReviewers[1].Name);
        foreach (var id in others.Append(withYuxin).Append(withHanui))
        {
            ReviewersOf(id).Length.ShouldBe(2);
            rows[id].GetProperty("details").EnumerateArray().Select(d => d.GetProperty("reviewerCluster").GetString()).Distinct().Count()
                .ShouldBe(2, "one reviewer of each cluster");
        }

        // Running it again adds nothing; a manual override is checked against the same conflicts.
        (await Json(await organizer.PostAsJsonAsync($"/api/v1/calls/{call}/assignments", new { }))).GetProperty("added").GetInt32().ShouldBe(0);
        var conflict = await Json(await organizer.PostAsJsonAsync($"/api/v1/submissions/{withYuxin}/reviewers", new { email = Wang }), HttpStatusCode.Conflict);
        conflict.GetProperty("detail").GetString()!.ShouldContain("applicant or consortium partner");
        (await organizer.PostAsJsonAsync($"/api/v1/submissions/{withHanui}/reviewers", new { email = Park })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await organizer.PostAsJsonAsync($"/api/v1/submissions/{withHanui}/reviewers", new { email = "nobody@example.com" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_funded_joint_rd_proposal_becomes_a_joint_project_of_its_consortium_under_the_calls_agreement()
    {
        var call = await NewCallAsync("joint-rd", "Asia/Shanghai", extra: new { agreementSlug = "sbh-liangjiang-mou-2024" });
        var id = await SubmittedAsync("sbh-organofit", call, "Organoid screening for Lipocore formulations", "cq-lipocore");
        var organizer = await app.AsAsync(Operator);
        var funded = await Json(await organizer.PostAsJsonAsync($"/api/v1/submissions/{id}/decision", new { decision = "funded", note = "Two years." }));
        var projectId = funded.GetProperty("jointProjectId").GetInt32();
        var project = await Json(await organizer.GetAsync($"/api/v1/cooperation/projects/{projectId}"));
        project.GetRawText().ShouldContain("Organoid screening for Lipocore formulations");
        project.GetRawText().ShouldContain("sbh-organofit");
        project.GetRawText().ShouldContain("cq-lipocore");
        project.GetRawText().ShouldContain("sbh-liangjiang-mou-2024");

        // Recording funded again keeps the one project; the decision can no longer be taken back here.
        (await Json(await organizer.PostAsJsonAsync($"/api/v1/submissions/{id}/decision", new { decision = "funded" })))
            .GetProperty("jointProjectId").GetInt32().ShouldBe(projectId);
        var refused = await Json(await organizer.PostAsJsonAsync($"/api/v1/submissions/{id}/decision", new { decision = "rejected" }), HttpStatusCode.Conflict);
        refused.GetProperty("detail").GetString()!.ShouldContain($"joint project {projectId}");
        (await Json(await (await MemberOf("sbh-organofit")).GetAsync($"/api/v1/submissions/{id}"))).GetProperty("jointProjectId").GetInt32().ShouldBe(projectId);
    }

    /// <summary>Posts the desk's decision form of one submission as a browser does: its antiforgery token and form handler.</summary>
    static async Task<string> PostDecisionFormAsync(HttpClient organizer, string call, int submission, params (string Name, string Value)[] fields)
    {
        var desk = await organizer.GetStringAsync($"/calls/{call}/organizer");
        var token = System.Text.RegularExpressions.Regex.Match(desk, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token)).Append(KeyValuePair.Create("_handler", $"decide-{submission}")));
        var response = await organizer.PostAsync($"/calls/{call}/organizer", content);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return html;
    }

    async Task<string> DecisionAsync(int submission) =>
        (await Json(await (await app.AsAsync(Operator)).GetAsync($"/api/v1/submissions/{submission}"))).GetProperty("summary").GetProperty("decision").GetString()!;

    [Fact]
    public async Task The_desk_preselects_no_decision_refuses_an_empty_one_and_awards_only_after_a_confirmation()
    {
        var call = await NewCallAsync("award");
        var id = await SubmittedAsync("sbh-organofit", call, "Organoid award nominee");
        var organizer = await app.AsAsync(Operator);
        var desk = await organizer.GetStringAsync($"/calls/{call}/organizer");
        System.Text.RegularExpressions.Regex.IsMatch(desk, "<option value(=\"\")? selected[^>]*>Choose a decision</option>").ShouldBeTrue(desk);
        System.Text.RegularExpressions.Regex.IsMatch(desk, "<option value=\"(funded|waitlist|rejected)\" selected").ShouldBeFalse(desk);

        var empty = await PostDecisionFormAsync(organizer, call, id, ("decision", ""), ("note", ""));
        empty.ShouldContain("Decision: choose one before recording it.");
        (await DecisionAsync(id)).ShouldBe("none");
        var emptyApi = await Json(await organizer.PostAsJsonAsync($"/api/v1/submissions/{id}/decision", new { decision = "" }), HttpStatusCode.BadRequest);
        emptyApi.GetProperty("errors").GetProperty("decision").ToString().ShouldContain("Choose a decision");

        var asked = await PostDecisionFormAsync(organizer, call, id, ("decision", "funded"), ("note", "Well deserved."));
        asked.ShouldContain("Award \"Organoid award nominee\"? The applicant sees the decision at once.");
        asked.ShouldContain("data-testid=\"confirm-award-form\"");
        asked.ShouldContain("value=\"Well deserved.\"");
        (await DecisionAsync(id)).ShouldBe("none");

        var confirmed = await PostDecisionFormAsync(organizer, call, id, ("decision", "funded"), ("note", "Well deserved."), ("confirm", "yes"));
        confirmed.ShouldContain("Decision recorded; the applicant sees it now.");
        (await DecisionAsync(id)).ShouldBe("funded");

        // Other decisions take one step.
        var other = await SubmittedAsync("sbh-solbit-gene", call, "Second nominee");
        (await PostDecisionFormAsync(organizer, call, other, ("decision", "waitlist"), ("note", ""))).ShouldContain("Decision recorded");
        (await DecisionAsync(other)).ShouldBe("waitlist");
    }

    [Fact]
    public async Task Assignment_with_too_few_reviewers_without_conflict_is_refused_naming_the_submission()
    {
        var call = await NewCallAsync("award", extra: new { reviewersPerSubmission = 4 });
        await SubmittedAsync("cq-yuxin-clinical", call, "Clinical operations excellence");
        var organizer = await app.AsAsync(Operator);
        var refused = await Json(await organizer.PostAsJsonAsync($"/api/v1/calls/{call}/assignments", new { }), HttpStatusCode.Conflict);
        refused.GetProperty("detail").GetString()!.ShouldContain("'Clinical operations excellence' needs 4 reviewers but only 3");
        (await Json(await organizer.GetAsync($"/api/v1/calls/{call}/ranking"))).GetProperty("rows")[0].GetProperty("assigned").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Reviewers_score_blind_the_organizer_ranks_and_decides_and_the_applicant_reads_only_released_comments()
    {
        // Four reviewers per submission: each reviewer reads both, so their z-scores carry their order.
        var call = await NewCallAsync("award", extra: new { eligibleClusters = new[] { "seoul-bio-hub", "liangjiang" }, reviewersPerSubmission = 4 });
        var first = await SubmittedAsync("sbh-greenroot-health", call, "Radiopharmaceuticals");
        var second = await SubmittedAsync("sbh-organofit", call, "Targeted small molecules");
        var organizer = await app.AsAsync(Operator);
        await Json(await organizer.PostAsJsonAsync($"/api/v1/calls/{call}/assignments", new { }));

        // Only the assigned reviewers see a submission; members of other organizations never do.
        var stranger = await MemberOf("sbh-nanosensing");
        (await stranger.GetAsync($"/api/v1/submissions/{first}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Json(await stranger.GetAsync($"/api/v1/submissions?call={call}"))).GetArrayLength().ShouldBe(0);
        var criteria = (await Json(await app.Anonymous().GetAsync($"/api/v1/calls/{call}"))).GetProperty("criteria").EnumerateArray()
            .Select(c => c.GetProperty("id").GetInt32()).ToArray();

        var scored = 0;
        var submittedSoFar = new Dictionary<int, int> { [first] = 0, [second] = 0 };
        foreach (var email in Reviewers)
        {
            var reviewer = await app.AsAsync(email);
            var mine = (await Json(await reviewer.GetAsync("/api/v1/reviews"))).EnumerateArray()
                .Where(a => a.GetProperty("callSlug").GetString() == call).ToList();
            var visible = (await Json(await reviewer.GetAsync($"/api/v1/submissions?call={call}"))).EnumerateArray().Select(s => s.GetProperty("id").GetInt32());
            visible.OrderBy(i => i).ShouldBe(mine.Select(a => a.GetProperty("submissionId").GetInt32()).OrderBy(i => i));
            foreach (var assignment in mine)
            {
                var reviewId = assignment.GetProperty("reviewId").GetInt32();
                var submissionId = assignment.GetProperty("submissionId").GetInt32();
                var before = await Json(await reviewer.GetAsync($"/api/v1/reviews/{reviewId}"));
                before.GetProperty("others").GetArrayLength().ShouldBe(0, "blind until the reviewer submits");
                // Everyone prefers the first submission; Kim and Chen score high, Park and Wang low.
                var lenient = email == Kim || email == Chen;
                var value = (lenient ? 4 : 2) + (submissionId == first ? 1 : 0);
                var bad = await Json(await reviewer.PostAsJsonAsync($"/api/v1/reviews/{reviewId}",
                    new { scores = new[] { new { criterion = criteria[0], value = 9, comment = (string?)null } } }), HttpStatusCode.BadRequest);
                bad.GetProperty("errors").GetProperty($"scores[{criteria[0]}]")[0].GetString()!.ShouldContain("1 to 5");
                bad.GetProperty("errors").GetProperty($"scores[{criteria[1]}]")[0].GetString()!.ShouldContain("Impact");
                var after = await Json(await reviewer.PostAsJsonAsync($"/api/v1/reviews/{reviewId}", new
                {
                    scores = criteria.Select(c => new { criterion = c, value, comment = $"Criterion note by {email}" }),
                    comment = $"Overall comment by {email}",
                }));
                after.GetProperty("mine").GetProperty("submitted").GetBoolean().ShouldBeTrue();
                after.GetProperty("others").GetArrayLength().ShouldBe(submittedSoFar[submissionId]++, "after submitting, the earlier reviews show");
                (await reviewer.PostAsJsonAsync($"/api/v1/reviews/{reviewId}", new { scores = criteria.Select(c => new { criterion = c, value = 3 }) }))
                    .StatusCode.ShouldBe(HttpStatusCode.Conflict);
                scored++;
            }
        }
        scored.ShouldBe(8);

        var ranking = await Json(await organizer.GetAsync($"/api/v1/calls/{call}/ranking"));
        var rows = ranking.GetProperty("rows");
        rows[0].GetProperty("submission").GetProperty("id").GetInt32().ShouldBe(first);
        rows[0].GetProperty("rank").GetInt32().ShouldBe(1);
        rows[0].GetProperty("normalized").GetDouble().ShouldBeGreaterThan(rows[1].GetProperty("normalized").GetDouble());
        // Every reviewer put the first above the second: z = +1 and −1 whatever their leniency.
        rows[0].GetProperty("normalized").GetDouble().ShouldBe(1, 1e-9);
        // Lenient 5 against strict 3 on the scale 1..5 is a spread of 0.5, flagged at the default 0.3.
        rows[0].GetProperty("flagged").GetBoolean().ShouldBeTrue();

        var firstReviews = rows[0].GetProperty("details").EnumerateArray().ToList();
        var released = firstReviews[0].GetProperty("id").GetInt32();
        var decided = await Json(await organizer.PostAsJsonAsync($"/api/v1/submissions/{first}/decision",
            new { decision = "awarded", note = "Congratulations.", releasedReviews = new[] { released } }));
        decided.GetProperty("summary").GetProperty("decision").GetString().ShouldBe("funded");
        await Json(await organizer.PostAsJsonAsync($"/api/v1/submissions/{second}/decision", new { decision = "waitlist" }));
        (await organizer.PostAsJsonAsync($"/api/v1/submissions/{second}/decision", new { decision = "maybe" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var applicant = await MemberOf("sbh-greenroot-health");
        var seen = await Json(await applicant.GetAsync($"/api/v1/submissions/{first}"));
        seen.GetProperty("summary").GetProperty("decision").GetString().ShouldBe("funded");
        seen.GetProperty("decisionNote").GetString().ShouldBe("Congratulations.");
        var reviews = seen.GetProperty("reviews");
        reviews.GetArrayLength().ShouldBe(1);
        reviews[0].GetProperty("reviewer").ValueKind.ShouldBe(JsonValueKind.Null);
        reviews[0].GetProperty("comment").GetString()!.ShouldStartWith("Overall comment by");
        reviews[0].GetProperty("scores").EnumerateArray().ShouldAllBe(s => s.GetProperty("value").ValueKind == JsonValueKind.Null);
        (await Json(await (await MemberOf("sbh-organofit")).GetAsync($"/api/v1/submissions/{second}"))).GetProperty("reviews").GetArrayLength().ShouldBe(0);
    }
}
