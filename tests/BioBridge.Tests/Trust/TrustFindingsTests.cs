using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests.Trust;

/// <summary>
/// The findings of the authorization probe (issue 21), each reproduced as the probe saw it and held shut: imports across
/// clusters, a reviewer's affiliation taken for membership, derived figures that betrayed private ones, return URLs that
/// crashed, sessions that outlived a password reset, and the smaller request-handling faults.
/// </summary>
public abstract class TrustFindingsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    const string SeoulOrganization = "sbh-cheonggye-biomaterials";

    static MultipartFormDataContent CsvUpload(string csv, string fileName = "organizations.csv") =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", fileName } };

    async Task<T> WithDbAsync<T>(Func<AppDb, Task<T>> action)
    {
        using var scope = app.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    Task<Organization> StoredAsync(string externalId) =>
        WithDbAsync(db => db.Organizations.AsNoTracking().Include(o => o.Sectors).SingleAsync(o => o.ExternalId == externalId));

    Task MakePrivateAsync(string externalId) => WithDbAsync(async db =>
        await db.Organizations.Where(o => o.ExternalId == externalId).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.DescriptionVisibility, Visibility.Private).SetProperty(o => o.PipelineVisibility, Visibility.Private)
            .SetProperty(o => o.FiguresVisibility, Visibility.Private).SetProperty(o => o.ContactVisibility, Visibility.Private)
            .SetProperty(o => o.Patents, 47)));

    [Fact]
    public async Task An_operator_import_with_a_row_of_another_cluster_is_refused_by_row_and_writes_nothing()
    {
        var before = await StoredAsync(SeoulOrganization);
        var liangjiang = await app.ClusterOperatorAsync("liangjiang");
        var csv = "external_id,cluster,kind,name_en,published\n" +
            "cq-trust-newcomer,liangjiang,company,Trust Newcomer,true\n" +
            $"{SeoulOrganization},seoul-bio-hub,agency,HIJACKED,false\n" +
            $"{SeoulOrganization}-moved,seoul-bio-hub,company,Moved,true\n";
        var response = await liangjiang.PostAsync("/api/v1/organizations/import", CsvUpload(csv));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = (await BioBridgeApp.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("problems").EnumerateArray().ToList();
        problems.Select(p => p.GetProperty("row").GetInt32()).Order().ShouldBe([3, 4]);
        problems.ShouldAllBe(p => p.GetProperty("column").GetString() == OrganizationColumns.Cluster);
        var after = await StoredAsync(SeoulOrganization);
        (after.NameEn, after.Kind, after.IsPublished, after.UpdatedAt).ShouldBe((before.NameEn, before.Kind, before.IsPublished, before.UpdatedAt));
        (await WithDbAsync(db => db.Organizations.AnyAsync(o => o.ExternalId == "cq-trust-newcomer"))).ShouldBeFalse("all or nothing");
    }

    [Fact]
    public async Task An_operator_cannot_move_another_cluster_organization_into_their_own()
    {
        var liangjiang = await app.ClusterOperatorAsync("liangjiang");
        var response = await liangjiang.PostAsync("/api/v1/organizations/import",
            CsvUpload($"external_id,cluster,name_en\n{SeoulOrganization},liangjiang,Taken over\n"));

        var problem = (await BioBridgeApp.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("problems")[0];
        problem.GetProperty("row").GetInt32().ShouldBe(2);
        problem.GetProperty("message").GetString()!.ShouldContain("seoul-bio-hub");
        (await StoredAsync(SeoulOrganization)).ClusterId.ShouldBe("seoul-bio-hub");
    }

    [Fact]
    public async Task An_import_keeps_every_field_its_file_has_no_column_for()
    {
        var before = await StoredAsync("sbh-dewlight-cosmetics");
        var seoul = await app.ClusterOperatorAsync("seoul-bio-hub");
        var response = await seoul.PostAsync("/api/v1/organizations/import",
            CsvUpload("external_id,cluster,name_en\nsbh-dewlight-cosmetics,seoul-bio-hub,Dewlight Renamed\n"));

        (await BioBridgeApp.OkJsonAsync(response)).GetProperty("updated").GetInt32().ShouldBe(1);
        var after = await StoredAsync("sbh-dewlight-cosmetics");
        after.NameEn.ShouldBe("Dewlight Renamed");
        (after.NameKo, after.DescriptionKo, after.DescriptionEn, after.Kind, after.Patents, after.Employees, after.Website, after.IsPublished)
            .ShouldBe((before.NameKo, before.DescriptionKo, before.DescriptionEn, before.Kind, before.Patents, before.Employees, before.Website, before.IsPublished));
        after.Offers.ShouldBe(before.Offers);
        after.Sectors.Select(s => s.ConceptCode).Order().ShouldBe(before.Sectors.Select(s => s.ConceptCode).Order());
    }

    [Fact]
    public async Task Reimporting_the_export_of_a_reader_who_sees_part_of_a_profile_erases_nothing()
    {
        await MakePrivateAsync(SeoulOrganization);
        var before = await StoredAsync(SeoulOrganization);
        var liangjiang = await app.ClusterOperatorAsync("liangjiang");
        var export = await liangjiang.GetStringAsync("/api/v1/organizations/export?format=csv");
        export.ShouldNotContain(before.DescriptionEn ?? before.DescriptionKo!, customMessage: "the export blanks what this reader may not see");

        // The whole export back through the API: the other cluster's rows are refused, nothing is written.
        var whole = await liangjiang.PostAsync("/api/v1/organizations/import", CsvUpload(export));
        whole.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // Anyone's import (here without a cluster limit, as this reader): the blanked groups keep their stored values.
        using (var scope = app.Services.CreateScope())
        {
            var reader = new Reader(true, false, "liangjiang", null);
            var outcome = await scope.ServiceProvider.GetRequiredService<ImportOrganizations>()
                .HandleAsync("export.csv", new MemoryStream(Encoding.UTF8.GetBytes(export)), dryRun: false, new ImportScope(null, reader));
            outcome.Accepted.ShouldBeTrue(string.Join("; ", outcome.Problems));
        }
        var after = await StoredAsync(SeoulOrganization);
        (after.DescriptionKo, after.DescriptionEn, after.Patents, after.Employees, after.Founded, after.Website, after.City)
            .ShouldBe((before.DescriptionKo, before.DescriptionEn, 47, before.Employees, before.Founded, before.Website, before.City));
        after.Offers.ShouldBe(before.Offers);
        after.Needs.ShouldBe(before.Needs);
    }

    [Fact]
    public async Task A_reviewer_affiliation_is_no_mandate_to_act_for_the_organization()
    {
        var wang = await app.SignedInAsync("reviewer.wang@liangjiang.example");
        var opportunityId = await WithDbAsync(db => db.Opportunities.Select(o => o.Id).FirstOrDefaultAsync());
        var opportunitiesBefore = await WithDbAsync(db => db.Opportunities.CountAsync());
        var revisionsBefore = await WithDbAsync(db => db.Revisions.CountAsync());

        (await wang.PutAsJsonAsync("/api/v1/my/profile", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await wang.PostAsJsonAsync($"/api/v1/opportunities/{opportunityId}/interests", new { message = "hello" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await wang.PostAsJsonAsync("/api/v1/opportunities", new { kind = "technology-offer", title = "Taken", body = "Posted for an employer" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await WithDbAsync(db => db.Opportunities.CountAsync())).ShouldBe(opportunitiesBefore);
        (await WithDbAsync(db => db.Revisions.CountAsync())).ShouldBe(revisionsBefore);
        (await WithDbAsync(db => db.ExpressionsOfInterest.AnyAsync(i => i.Message == "hello"))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_innovation_score_never_shows_patents_the_reader_may_not_see()
    {
        await MakePrivateAsync(SeoulOrganization);
        var path = $"/api/v1/cooperation/organizations/{SeoulOrganization}/innovation-score";

        var foreign = await BioBridgeApp.OkJsonAsync(await (await app.ClusterOperatorAsync("liangjiang")).GetAsync(path));
        var hidden = foreign.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "patents");
        hidden.GetProperty("raw").ValueKind.ShouldBe(JsonValueKind.Null);
        hidden.GetProperty("points").GetDouble().ShouldBe(0);
        foreign.GetRawText().ShouldNotContain("47");

        var own = await BioBridgeApp.OkJsonAsync(await (await app.ClusterOperatorAsync("seoul-bio-hub")).GetAsync(path));
        own.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "patents")
            .GetProperty("raw").GetDouble().ShouldBe(47);
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("/\tevil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task A_return_url_that_leaves_the_site_goes_home(string returnUrl)
    {
        var response = await app.Anonymous().GetAsync("/culture/ko?returnUrl=" + Uri.EscapeDataString(returnUrl));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task A_return_url_on_the_site_is_followed()
    {
        var response = await app.Anonymous().GetAsync("/culture/zh?returnUrl=" + Uri.EscapeDataString("/directory?q=抗体"));
        response.Headers.Location!.OriginalString.ShouldBe("/directory?q=抗体");
    }

    const string Mou = "sbh-liangjiang-mou-2024";

    /// <summary>A document upload as the agreement page sends it: the page's antiforgery token with the file.</summary>
    static async Task<HttpResponseMessage> UploadDocumentAsync(HttpClient client, byte[] content, string? returnUrl = null)
    {
        var page = await client.GetStringAsync($"/cooperation/agreements/{Mou}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty();
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", "minutes.pdf" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        if (returnUrl is not null)
            form.Add(new StringContent(returnUrl), "returnUrl");
        return await client.PostAsync($"/api/v1/agreements/{Mou}/documents", form);
    }

    [Fact]
    public async Task An_agreement_document_upload_with_a_foreign_return_url_goes_home_without_a_server_error()
    {
        var seoul = await app.ClusterOperatorAsync("seoul-bio-hub");
        var response = await UploadDocumentAsync(seoul, "%PDF-1.4\n%trust\n"u8.ToArray(), "/\\evil.example");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    async Task<(HttpClient Session, HttpClient OtherSession, HttpClient Token, AppUser User)> MemberWithSessionsAndTokenAsync(string email)
    {
        var session = await app.MemberAsync(email, "sbh-dewlight-cosmetics");
        var other = await app.SignedInAsync(email);
        var created = await BioBridgeApp.JsonAsync(await session.PostAsJsonAsync("/api/v1/account/tokens", new { name = "script", expiresInDays = 30 }),
            HttpStatusCode.Created);
        var token = app.Anonymous();
        token.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("token").GetString());
        foreach (var client in new[] { session, other, token })
            (await client.GetAsync("/api/v1/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var scope = app.Services.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!;
        return (session, other, token, user);
    }

    static async Task ShouldBeSignedOutAsync(HttpClient client) =>
        (await client.GetAsync("/api/v1/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_password_reset_ends_every_session_and_access_token_at_once()
    {
        var (session, other, token, user) = await MemberWithSessionsAndTokenAsync("reset.trust@dewlight.example");
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var fresh = (await users.FindByIdAsync(user.Id))!;
            var code = await users.GeneratePasswordResetTokenAsync(fresh);
            var encoded = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(code));
            (await scope.ServiceProvider.GetRequiredService<PasswordReset>().ResetAsync(user.Id, encoded, "Another-password-2026")).Succeeded.ShouldBeTrue();
        }
        await ShouldBeSignedOutAsync(session);
        await ShouldBeSignedOutAsync(other);
        await ShouldBeSignedOutAsync(token);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_tokens_and_keeps_this_one()
    {
        var (session, other, token, _) = await MemberWithSessionsAndTokenAsync("change.trust@dewlight.example");
        var changed = await session.PostAsJsonAsync("/api/v1/account/password",
            new { currentPassword = BioBridgeApp.DemoPassword, newPassword = "Changed-password-2026" });
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await changed.Content.ReadAsStringAsync());

        (await session.GetAsync("/api/v1/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeSignedOutAsync(other);
        await ShouldBeSignedOutAsync(token);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_says_which_field()
    {
        var session = await app.MemberAsync("wrong.trust@dewlight.example", "sbh-dewlight-cosmetics");
        var refused = await session.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = "not-it", newPassword = "Changed-password-2026" });
        var problem = await BioBridgeApp.JsonAsync(refused, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("currentPassword", out _).ShouldBeTrue();
        (await session.GetAsync("/api/v1/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Removing_a_role_ends_every_session_and_token_of_the_account()
    {
        var (session, other, token, user) = await MemberWithSessionsAndTokenAsync("role.trust@dewlight.example");
        var admin = await app.ClientAsync(Persona.Admin);
        (await admin.DeleteAsync($"/api/v1/admin/users/{user.Id}/roles/{Roles.Member}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ShouldBeSignedOutAsync(session);
        await ShouldBeSignedOutAsync(other);
        await ShouldBeSignedOutAsync(token);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_and_tokens_and_refuses_sign_in()
    {
        var (session, other, token, user) = await MemberWithSessionsAndTokenAsync("disabled.trust@dewlight.example");
        var admin = await app.ClientAsync(Persona.Admin);
        (await admin.PostAsync($"/api/v1/admin/users/{user.Id}/disable", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ShouldBeSignedOutAsync(session);
        await ShouldBeSignedOutAsync(other);
        await ShouldBeSignedOutAsync(token);
        (await admin.PostAsync($"/api/v1/admin/users/{user.Id}/enable", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.SignedInAsync("disabled.trust@dewlight.example")).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_page_number_past_the_end_gives_an_empty_page_not_the_first()
    {
        var body = await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync($"/api/v1/organizations?page={int.MaxValue}&pageSize=100"));
        body.GetProperty("items").GetArrayLength().ShouldBe(0);
        body.GetProperty("page").GetInt32().ShouldBe(int.MaxValue);
        body.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_malformed_json_body_is_refused_with_the_reason()
    {
        var member = await app.ClientAsync(Persona.OrgAMember);
        var response = await member.PostAsync("/api/v1/opportunities", new StringContent("{\"kind\": ", Encoding.UTF8, "application/json"));
        var problem = await BioBridgeApp.JsonAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused_with_413_and_not_stored()
    {
        var seoul = await app.ClusterOperatorAsync("seoul-bio-hub");
        var before = await WithDbAsync(db => db.AgreementDocuments.CountAsync());
        var big = new byte[11 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(big);
        var response = await UploadDocumentAsync(seoul, big);
        var problem = await BioBridgeApp.JsonAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString()!.ShouldNotBeNullOrWhiteSpace();
        (await WithDbAsync(db => db.AgreementDocuments.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_cookie_write_from_another_site_is_refused_and_writes_nothing()
    {
        var seoul = await app.ClusterOperatorAsync("seoul-bio-hub");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/organizations/import")
        {
            Content = CsvUpload("external_id,cluster,name_en\nsbh-cross-site,seoul-bio-hub,Cross Site\n"),
        };
        request.Headers.Add("Origin", "https://evil.example");
        var response = await seoul.SendAsync(request);
        var problem = await BioBridgeApp.JsonAsync(response, HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString()!.ShouldContain("evil.example");
        (await WithDbAsync(db => db.Organizations.AnyAsync(o => o.ExternalId == "sbh-cross-site"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_form_upload_with_an_access_token_is_accepted_without_an_antiforgery_token()
    {
        var seoul = await app.ClusterOperatorAsync("seoul-bio-hub");
        var created = await BioBridgeApp.JsonAsync(await seoul.PostAsJsonAsync("/api/v1/account/tokens", new { name = "import script", expiresInDays = 1 }),
            HttpStatusCode.Created);
        var script = app.Anonymous();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("token").GetString());
        var response = await script.PostAsync("/api/v1/organizations/import?dryRun=true",
            CsvUpload("external_id,cluster,name_en\nsbh-token-upload,seoul-bio-hub,Token Upload\n"));
        (await BioBridgeApp.OkJsonAsync(response)).GetProperty("created").GetInt32().ShouldBe(1);
    }
}
