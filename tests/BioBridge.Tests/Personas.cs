using System.Collections.Concurrent;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>
/// The signed-in clients of the personas on one app. Organization A is Dewlight Cosmetics (Seoul), B is Xiaowan (Chongqing),
/// event X is Seoul Smart Life Week; accounts the demo does not seed are created as an invitation would.
/// Sign-ins are rate limited (20 a minute per address), so each persona signs in once per app.
/// </summary>
public static class Personas
{
    public const string OrgA = "sbh-dewlight-cosmetics";
    public const string OrgB = "cq-xiaowan";
    public const string EventX = "slw-2026";
    public const string EventY = "cq-bio-expo-y";
    /// <summary>The organization of the DelegateAtEventX persona; its delegate at event X is seeded.</summary>
    public const string DelegateOrganization = "sbh-hanui-cell";
    /// <summary>reviewer.wang's affiliation (AppUser.OrganizationId, seeded), registered at event X as well.</summary>
    public const string AffiliatedReviewerOrganization = "cq-yuxin-clinical";

    public static readonly Persona[] All = Enum.GetValues<Persona>();

    static readonly ConcurrentDictionary<(BioBridgeApp, Persona), Lazy<Task<HttpClient>>> Clients = new();

    public static Task<HttpClient> ClientAsync(this BioBridgeApp app, Persona persona) =>
        Clients.GetOrAdd((app, persona), _ => new Lazy<Task<HttpClient>>(() => SignInAsync(app, persona))).Value;

    public static string Email(Persona persona) => persona switch
    {
        Persona.Admin => "admin@biobridge.example",
        Persona.SeoulOperator => "operator@seoulbiohub.example",
        Persona.LiangjiangOperator => "operator@liangjiang.example",
        Persona.OrgAAdmin => "admin@dewlight.example",
        Persona.OrgAMember => "delegate@dewlight.example",
        Persona.OrgBMember => "delegate@xiaowan.example",
        Persona.OrganizerOfEventX => "organizer@slw.example",
        Persona.Reviewer => "reviewer.kim@seoulbiohub.example",
        Persona.AffiliatedReviewer => "reviewer.wang@liangjiang.example",
        Persona.OrganizerOfEventY => "organizer@cq-expo.example",
        Persona.DelegateAtEventX => "delegate@hanui.example",
        _ => throw new ArgumentOutOfRangeException(nameof(persona), persona, "anonymous has no account"),
    };

    static async Task<HttpClient> SignInAsync(BioBridgeApp app, Persona persona)
    {
        if (persona == Persona.Anonymous)
            return app.Anonymous();
        await EnsureAccountAsync(app, persona);
        return await app.SignedInAsync(Email(persona));
    }

    static async Task EnsureAccountAsync(BioBridgeApp app, Persona persona)
    {
        var (role, organization) = persona switch
        {
            Persona.Admin => (Roles.Admin, null),
            Persona.OrgAAdmin => (Roles.OrganizationAdmin, OrgA),
            Persona.OrganizerOfEventX => (Roles.Organizer, (string?)null),
            Persona.OrganizerOfEventY => (Roles.Organizer, (string?)null),
            Persona.DelegateAtEventX => (Roles.Member, DelegateOrganization),
            _ => ((string?)null, (string?)null),
        };
        if (role is null)
            return;
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var email = Email(persona);
        if (await users.FindByEmailAsync(email) is not null)
            return;
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = persona.ToString(),
            OrganizationId = organization is null ? null : await db.Organizations.Where(o => o.ExternalId == organization).Select(o => o.Id).SingleAsync(),
        };
        (await users.CreateAsync(user, BioBridgeApp.DemoPassword)).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(user, role);
        if (persona is Persona.OrganizerOfEventX or Persona.OrganizerOfEventY)
        {
            var slug = persona == Persona.OrganizerOfEventX ? EventX : await EnsureEventYAsync(db);
            var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
            db.EventOrganizers.Add(new EventOrganizer { EventId = eventId, UserId = user.Id, AssignedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Event Y: a second event, hosted by Liangjiang, so that an organizer's and an operator's event scope matter.</summary>
    public static async Task<string> EnsureEventYAsync(AppDb db)
    {
        if (!await db.Events.AnyAsync(e => e.Slug == EventY))
        {
            db.Events.Add(new Event
            {
                Slug = EventY, NameEn = "Chongqing bio expo (event Y)", TimeZone = "Asia/Shanghai", HostClusterId = "liangjiang",
                StartsOn = new DateOnly(2026, 12, 1), EndsOn = new DateOnly(2026, 12, 2),
            });
            await db.SaveChangesAsync();
        }
        return EventY;
    }
}
