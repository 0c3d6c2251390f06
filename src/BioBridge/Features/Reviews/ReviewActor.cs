using System.Security.Claims;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Reviews;

/// <summary>
/// Who acts on calls and submissions, deny by default: organizers (operators and admins) run calls and see everything;
/// members act for their own organization's submissions (partners of a consortium read them); reviewers see only the
/// submitted submissions assigned to them.
/// </summary>
public sealed record ReviewActor(AppUser User, bool IsOrganizer, bool IsMember, bool IsReviewer)
{
    public static async Task<ReviewActor?> FromAsync(ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return null;
        var user = await users.GetUserAsync(principal);
        return user is null ? null : new ReviewActor(user, principal.IsInRole(Roles.Operator) || principal.IsInRole(Roles.Admin),
            principal.ActsForAnOrganization(), principal.IsInRole(Roles.Reviewer));
    }

    /// <summary>Binds a handler's actor; the routes that take one require a signed-in user.</summary>
    public static async ValueTask<ReviewActor?> BindAsync(HttpContext http) =>
        await FromAsync(http.User, http.RequestServices.GetRequiredService<UserManager<AppUser>>());

    /// <summary>The organization a member applies for; null when the account applies for none.</summary>
    public int? ApplicantOrganization => IsMember ? User.OrganizationId : null;

    /// <summary>
    /// The submissions this actor may read, as a query filter (no load-then-check): all for organizers, their organization's
    /// as lead or partner for members, the submitted ones assigned to them for reviewers.
    /// </summary>
    public IQueryable<Submission> Visible(AppDb db)
    {
        var all = IsOrganizer;
        var organization = ApplicantOrganization;
        var reviewer = IsReviewer ? User.Id : null;
        return db.Submissions.Where(s => all
            || (organization != null && (s.OrganizationId == organization || s.Partners.Any(p => p.OrganizationId == organization)))
            || (reviewer != null && s.Status == SubmissionStatus.Submitted && db.Reviews.Any(r => r.SubmissionId == s.Id && r.ReviewerId == reviewer)));
    }

    /// <summary>The submissions this actor may change: the lead organization's members (organizers only decide, they do not edit).</summary>
    public IQueryable<Submission> Editable(AppDb db)
    {
        var organization = ApplicantOrganization;
        return db.Submissions.Where(s => organization != null && s.OrganizationId == organization);
    }
}
