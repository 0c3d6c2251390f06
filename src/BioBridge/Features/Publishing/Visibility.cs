using System.Security.Claims;
using System.Text.Json.Serialization;
using BioBridge.Features.Accounts;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Publishing;

/// <summary>
/// Who may read a profile field group or an opportunity, widest first: anyone; signed-in members and operators
/// of the platform; only the organization's own members, its cluster's operators and the admins.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Visibility>))]
public enum Visibility
{
    [JsonStringEnumMemberName("public")] Public,
    [JsonStringEnumMemberName("members")] Members,
    [JsonStringEnumMemberName("private")] Private,
}

/// <summary>The field groups of a profile that carry their own visibility; name, cluster, kind, country and sectors are always public.</summary>
public enum FieldGroup { Description, Pipeline, Figures, Contact }

/// <summary>The person reading, reduced to what decides visibility: signed in or not, and whose organization or cluster they speak for.</summary>
public sealed record Reader(bool SignedIn, bool IsAdmin, string? OperatorClusterId, int? OrganizationId)
{
    public static readonly Reader Anonymous = new(false, false, null, null);

    /// <summary>The widest level this reader sees of one organization's content.</summary>
    public Visibility Reach(int organizationId, string clusterId) =>
        IsAdmin || OrganizationId == organizationId || (OperatorClusterId is not null && OperatorClusterId == clusterId) ? Visibility.Private
        : SignedIn ? Visibility.Members
        : Visibility.Public;

    public bool Sees(Visibility visibility, int organizationId, string clusterId) => visibility <= Reach(organizationId, clusterId);

    /// <summary>Operators and admins see unpublished organizations (the existing directory rule).</summary>
    public bool SeesUnpublished => IsAdmin || OperatorClusterId is not null;

    public static Reader Of(AppUser? user, ClaimsPrincipal principal) => user is null
        ? Anonymous
        : new Reader(true, principal.IsInRole(Roles.Admin),
            principal.IsInRole(Roles.Operator) ? user.ClusterId : null,
            principal.ActsFor(user));
}

/// <summary>Resolves the reader of a request: one user lookup when signed in, none otherwise.</summary>
public sealed class Readers(UserManager<AppUser> users)
{
    public async Task<Reader> OfAsync(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? Reader.Of(await users.GetUserAsync(principal), principal) : Reader.Anonymous;
}

/// <summary>The profile's visibility per field group.</summary>
public static class ProfileVisibility
{
    public static Visibility Of(Organization o, FieldGroup group) => group switch
    {
        FieldGroup.Description => o.DescriptionVisibility,
        FieldGroup.Pipeline => o.PipelineVisibility,
        FieldGroup.Figures => o.FiguresVisibility,
        _ => o.ContactVisibility,
    };

    public static bool Sees(this Reader reader, Organization o, FieldGroup group) => reader.Sees(Of(o, group), o.Id, o.ClusterId);

    /// <summary>
    /// A detached copy with the groups this reader may not see emptied: what pages, the API, the search index
    /// and exports hand out, so a hidden field cannot leak through any of them.
    /// </summary>
    public static Organization VisibleTo(this Organization o, Reader reader)
    {
        if (Enum.GetValues<FieldGroup>().All(g => reader.Sees(o, g)))
            return o;
        var copy = o.CopyForReader();
        if (!reader.Sees(o, FieldGroup.Description))
            (copy.DescriptionKo, copy.DescriptionZh, copy.DescriptionEn) = (null, null, null);
        if (!reader.Sees(o, FieldGroup.Pipeline))
            (copy.Offers, copy.Needs) = ([], []);
        if (!reader.Sees(o, FieldGroup.Figures))
            (copy.Founded, copy.Employees, copy.Patents) = (null, null, null);
        if (!reader.Sees(o, FieldGroup.Contact))
            (copy.Website, copy.City) = (null, null);
        return copy;
    }

    public static string Code(Visibility v) => v switch
    {
        Visibility.Public => "public",
        Visibility.Members => "members",
        _ => "private",
    };

    public static Visibility? Parse(string? code) => code switch
    {
        "public" => Visibility.Public,
        "members" => Visibility.Members,
        "private" => Visibility.Private,
        _ => null,
    };
}
