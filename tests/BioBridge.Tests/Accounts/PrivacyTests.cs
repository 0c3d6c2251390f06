using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests.Accounts;

/// <summary>Consents, the personal data export, account deletion, the audit log and the retention purge, on each provider.</summary>
public abstract class PrivacyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    string Email(string name) => $"{name}-{app.Provider}@privacy.example".ToLowerInvariant();

    static async Task<int> RegisterDelegateAsync(HttpClient member, string name)
    {
        var created = await BioBridgeApp.JsonAsync(await member.PostAsJsonAsync("/api/v1/events/slw-2026/delegates",
            new { displayName = name, languages = new[] { "ko", "en" } }), HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Consents_given_and_withdrawn_are_recorded_with_version_and_time()
    {
        var member = await app.MemberAsync(Email("consenting"), "sbh-organofit");
        (await member.PostAsJsonAsync("/api/v1/account/consents", new { kind = Consents.CrossBorderTransfer, given = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.PostAsJsonAsync("/api/v1/account/consents", new { kind = Consents.CrossBorderTransfer, given = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var unknown = await BioBridgeApp.JsonAsync(await member.PostAsJsonAsync("/api/v1/account/consents", new { kind = "marketing", given = true }),
            HttpStatusCode.BadRequest);
        unknown.GetProperty("errors").GetProperty("kind").ToString().ShouldContain(Consents.CrossBorderTransfer);

        var state = await BioBridgeApp.OkJsonAsync(await member.GetAsync("/api/v1/account/consents"));
        var crossBorder = state.GetProperty("current").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == Consents.CrossBorderTransfer);
        crossBorder.GetProperty("given").GetBoolean().ShouldBeFalse();
        crossBorder.GetProperty("version").GetString().ShouldBe(Consents.CurrentVersions[Consents.CrossBorderTransfer]);
        state.GetProperty("history").EnumerateArray().Select(c => c.GetProperty("given").GetBoolean()).ShouldBe([false, true]);
        var actions = await app.InDbAsync(db => db.Set<AuditEntry>()
            .Where(a => a.Category == AuditEntry.Security && db.Users.Any(u => u.Id == a.SubjectUserId && u.Email == Email("consenting")))
            .Select(a => a.Action).ToListAsync());
        actions.ShouldContain(SecurityLog.ConsentGiven);
        actions.ShouldContain(SecurityLog.ConsentWithdrawn);
    }

    [Fact]
    public async Task The_export_holds_the_callers_data_and_nobody_elses()
    {
        var me = await app.MemberAsync(Email("exporter"), "sbh-organofit");
        var other = await app.MemberAsync(Email("bystander"), "cq-xiaowan");
        var mine = await RegisterDelegateAsync(me, "내보내기 대표");
        var theirs = await RegisterDelegateAsync(other, "旁观者代表");
        (await me.PostAsJsonAsync("/api/v1/events/slw-2026/requests", new { fromDelegateId = mine, toDelegateId = theirs, priority = 2, message = "만나서 반갑습니다" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await me.GetAsync("/api/v1/account/export");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain("biobridge-personal-data.json");
        var text = await response.Content.ReadAsStringAsync();
        var export = JsonDocument.Parse(text).RootElement;
        export.GetProperty("account").GetProperty("email").GetString().ShouldBe(Email("exporter"));
        export.GetProperty("delegates").EnumerateArray().Single().GetProperty("displayName").GetString().ShouldBe("내보내기 대표");
        export.GetProperty("meetingRequestsSent").EnumerateArray().Single().GetProperty("message").GetString().ShouldBe("만나서 반갑습니다");
        text.ShouldNotContain(Email("bystander"));
        text.ShouldNotContain("旁观者代表");
        text.ShouldNotContain("PasswordHash", Case.Insensitive);
    }

    [Fact]
    public async Task Deleting_an_account_needs_the_password_anonymizes_it_blocks_sign_in_and_keeps_the_counts()
    {
        var email = Email("leaving");
        var leaving = await app.MemberAsync(email, "sbh-organofit");
        var partner = await app.MemberAsync(Email("staying"), "cq-xiaowan");
        var from = await RegisterDelegateAsync(leaving, "떠나는 사람");
        var to = await RegisterDelegateAsync(partner, "留下的人");
        (await leaving.PostAsJsonAsync("/api/v1/events/slw-2026/requests", new { fromDelegateId = from, toDelegateId = to, priority = 1, message = "제 번호는 010-1234-5678" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var counts = () => app.InDbAsync(async db => (await db.Delegates.CountAsync(), await db.MeetingRequests.CountAsync(), await db.Users.CountAsync()));
        var before = await counts();
        var userId = await app.InDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        (await leaving.PostAsJsonAsync("/api/v1/account/deletion", new { password = "not-my-password" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await leaving.PostAsJsonAsync("/api/v1/account/deletion", new { password = BioBridgeApp.DemoPassword })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await counts()).ShouldBe(before);
        var user = await app.InDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == userId));
        user.DeletedAt.ShouldNotBeNull();
        user.Email.ShouldNotBe(email);
        user.DisplayName.ShouldBeNull();
        user.PasswordHash.ShouldBeNull();
        var anonymized = await app.InDbAsync(db => db.Delegates.AsNoTracking().SingleAsync(d => d.Id == from));
        anonymized.DisplayName.ShouldBe("(deleted)");
        anonymized.Email.ShouldNotContain("leaving");
        (await app.InDbAsync(db => db.MeetingRequests.Where(r => r.FromDelegateId == from).Select(r => r.Message).SingleAsync())).ShouldBeEmpty();

        (await app.Browser().SignInAsync(email, BioBridgeApp.DemoPassword)).ShouldStartWith("/account/sign-in?error=invalid");
        (await leaving.GetAsync("/api/v1/account/consents")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_audit_log_records_a_change_with_before_after_and_actor_and_never_a_secret()
    {
        var email = Email("audited");
        var member = await app.MemberAsync(email, "sbh-organofit");
        var id = await RegisterDelegateAsync(member, "Before Name");
        (await member.PutAsJsonAsync($"/api/v1/events/slw-2026/delegates/{id}", new { displayName = "After Name", languages = new[] { "ko", "en" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await BioBridgeApp.JsonAsync(await member.PostAsJsonAsync("/api/v1/account/tokens", new { name = "audit me" }), HttpStatusCode.Created))
            .GetProperty("token").GetString()!;

        await app.AccountAsync(Email("admin"), Roles.Admin);
        var admin = await app.SignedInAsync(Email("admin"));
        var page = await BioBridgeApp.OkJsonAsync(await admin.GetAsync($"/api/v1/audit?entity=EventDelegate&actor={Uri.EscapeDataString(email)}"));
        var modified = page.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "Modified");
        modified.GetProperty("entityKey").GetString().ShouldBe(id.ToString());
        modified.GetProperty("actorEmail").GetString().ShouldBe(email);
        var change = JsonDocument.Parse(modified.GetProperty("details").GetString()!).RootElement.GetProperty("DisplayName");
        change.GetProperty("old").GetString().ShouldBe("Before Name");
        change.GetProperty("new").GetString().ShouldBe("After Name");
        page.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("action").GetString() == "Added");

        var everything = await app.InDbAsync(db => db.Set<AuditEntry>().Select(a => a.Details ?? "").ToListAsync());
        var secrets = await app.InDbAsync(db => db.Users.Where(u => u.PasswordHash != null).Select(u => u.PasswordHash!).Take(20).ToListAsync());
        everything.ShouldAllBe(d => !d.Contains("PasswordHash") && !d.Contains("SecurityStamp") && !d.Contains("TokenHash") && !d.Contains(token));
        secrets.ShouldAllBe(hash => everything.All(d => !d.Contains(hash)));

        (await admin.GetAsync("/admin/audit?entity=EventDelegate")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.GetAsync("/api/v1/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var memberPage = await member.GetAsync("/admin/audit");
        memberPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        memberPage.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
    }

    [Fact]
    public async Task An_operator_reads_the_audit_entries_of_their_clusters_accounts_and_not_the_other_clusters()
    {
        var seoulEmail = Email("audit-seoul");
        var liangjiangEmail = Email("audit-liangjiang");
        foreach (var (email, organization) in new[] { (seoulEmail, "sbh-organofit"), (liangjiangEmail, "cq-xiaowan") })
        {
            var member = await app.MemberAsync(email, organization);
            (await member.PostAsJsonAsync("/api/v1/account/tokens", new { name = "audit scope" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var seoul = await app.ClusterOperatorAsync("seoul-bio-hub");
        var entries = await BioBridgeApp.OkJsonAsync(await seoul.GetAsync("/api/v1/audit?pageSize=200"));
        var actors = entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("actorEmail").GetString()).ToList();
        actors.ShouldContain(seoulEmail);
        actors.ShouldNotContain(liangjiangEmail);
        (await BioBridgeApp.OkJsonAsync(await seoul.GetAsync($"/api/v1/audit?actor={Uri.EscapeDataString(liangjiangEmail)}")))
            .GetProperty("items").GetArrayLength().ShouldBe(0);

        var page = await seoul.GetAsync("/admin/audit");
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        page.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(seoulEmail);
        html.ShouldNotContain(liangjiangEmail);
        html.ShouldContain("Entries of your cluster's accounts (Seoul Bio Hub)");

        var liangjiang = await BioBridgeApp.OkJsonAsync(await (await app.ClusterOperatorAsync("liangjiang")).GetAsync($"/api/v1/audit?actor={Uri.EscapeDataString(liangjiangEmail)}"));
        liangjiang.GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);

        // The demo's administrator reads both.
        var admin = await app.SignedInAsync("admin@biobridge.example");
        var all = await BioBridgeApp.OkJsonAsync(await admin.GetAsync("/api/v1/audit?pageSize=200"));
        all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("actorEmail").GetString()).ShouldContain(liangjiangEmail);
    }

    [Fact]
    public async Task An_import_is_audited_as_one_summary_line_per_batch_not_one_per_row()
    {
        var file = Path.Combine(Path.GetTempPath(), $"audit-import-{app.Provider}-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["external_id,cluster,name_en",
            .. Enumerable.Range(1, 3).Select(i => $"audit-bulk-{app.Provider}-{i},seoul-bio-hub,Audit Bulk {i}")]);
        var before = await app.InDbAsync(db => db.Set<AuditEntry>().MaxAsync(a => (long?)a.Id)) ?? 0;

        var run = await Cli.RunAsync("import", "companies", file, "--db", app.Database.ConnectionString);
        run.ExitCode.ShouldBe(0, run.Stderr);
        File.Delete(file);

        var lines = await app.InDbAsync(db => db.Set<AuditEntry>().Where(a => a.Id > before && a.EntityType == "Organization").ToListAsync());
        var summary = lines.ShouldHaveSingleItem();
        summary.Action.ShouldBe("Bulk");
        summary.ActorId.ShouldBe(AuditEntry.System);
        JsonDocument.Parse(summary.Details!).RootElement.GetProperty("rows").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task The_purge_command_deletes_audit_entries_and_invitations_past_their_retention()
    {
        var now = DateTime.UtcNow;
        var organization = await app.InDbAsync(db => db.Organizations.Where(o => o.ExternalId == "sbh-organofit").Select(o => o.Id).SingleAsync());
        await app.InDbAsync(async db =>
        {
            db.Add(new AuditEntry { At = now.AddDays(-800), ActorId = AuditEntry.System, Category = AuditEntry.Security, Action = "old.event" });
            db.Add(new AuditEntry { At = now.AddDays(-10), ActorId = AuditEntry.System, Category = AuditEntry.Security, Action = "recent.event" });
            db.Add(new Invitation { Email = Email("never"), OrganizationId = organization, Role = Roles.Member, Language = "en", TokenHash = Secret.Hash(Secret.New()),
                InvitedByUserId = "someone", CreatedAt = now.AddDays(-60), ExpiresAt = now.AddDays(-46) });
            db.Add(new Invitation { Email = Email("soon"), OrganizationId = organization, Role = Roles.Member, Language = "en", TokenHash = Secret.Hash(Secret.New()),
                InvitedByUserId = "someone", CreatedAt = now.AddDays(-2), ExpiresAt = now.AddDays(12) });
            return await db.SaveChangesAsync();
        });

        var run = await Cli.RunAsync("purge", "--json", "--db", app.Database.ConnectionString);
        run.ExitCode.ShouldBe(0, run.Stderr);
        var purged = JsonDocument.Parse(run.Stdout).RootElement;
        purged.GetProperty("auditEntries").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        purged.GetProperty("invitations").GetInt32().ShouldBe(1);
        var actions = await app.InDbAsync(db => db.Set<AuditEntry>().Select(a => a.Action).ToListAsync());
        actions.ShouldNotContain("old.event");
        actions.ShouldContain("recent.event");
        actions.ShouldContain(SecurityLog.Purged);
        (await app.InDbAsync(db => db.Set<Invitation>().Select(i => i.Email).ToListAsync())).ShouldContain(Email("soon"));
        (await app.InDbAsync(db => db.Set<Invitation>().AnyAsync(i => i.Email == Email("never")))).ShouldBeFalse();
    }
}
