namespace BioBridge.Features.Accounts;

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
