using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Accounts;

public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>"ko", "zh-Hans" or "en": the UI language chosen at sign-in.</summary>
    public string? PreferredLanguage { get; set; }
    /// <summary>Cluster an operator or reviewer works for; null for platform admins and members.</summary>
    public string? ClusterId { get; set; }
    /// <summary>The organization a member speaks for, or a reviewer's affiliation (a conflict of interest); null for operators and admins.</summary>
    public int? OrganizationId { get; set; }
    /// <summary>Set when the person deleted their account: personal fields are anonymized and sign-in is refused.</summary>
    public DateTime? DeletedAt { get; set; }
}

/// <summary>
/// The roles of the platform. Operators are scoped to AppUser.ClusterId; members and organization admins to
/// AppUser.OrganizationId; organizers to the events they are assigned to; reviewers to their assigned submissions.
/// </summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Operator = "operator";
    public const string OrganizationAdmin = "org-admin";
    public const string Member = "member";
    public const string Organizer = "organizer";
    public const string Reviewer = "reviewer";

    public static readonly string[] All = [Admin, Operator, OrganizationAdmin, Member, Organizer, Reviewer];
}
