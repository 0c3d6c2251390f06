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

    /// <summary>
    /// Binds a handler's signed-in account, looked up once; only routes that require a signed-in user take one, so it is
    /// missing only when the account vanished between authentication and binding.
    /// </summary>
    public static async ValueTask<AppUser?> BindAsync(HttpContext http) =>
        await http.RequestServices.GetRequiredService<UserManager<AppUser>>().GetUserAsync(http.User);
}
