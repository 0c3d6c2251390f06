using System.Security.Claims;
using System.Text;
using BioBridge.Features.Accounts;
using BioBridge.Features.Publishing;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Cooperation;

/// <summary>Enum values as the API and the URLs spell them: JointVenture is "joint-venture".</summary>
public static class CooperationCodes
{
    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var code = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                code.Append('-');
            code.Append(char.ToLowerInvariant(name[i]));
        }
        return code.ToString();
    }

    public static TEnum? Parse<TEnum>(string? code) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => Code(v!.Value) == code?.Trim().ToLowerInvariant());

    public static string Choices<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Code));
}

/// <summary>Who acts in cooperation work: an operator of one cluster, or an admin of the platform.</summary>
public sealed record CooperationActor(string UserId, string Name, string? ClusterId, bool IsAdmin)
{
    /// <summary>What this operator may read of a profile's field groups.</summary>
    public Reader Reader => new(true, IsAdmin, ClusterId, null);

    public static async Task<CooperationActor?> FromAsync(ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        if (principal.Identity?.IsAuthenticated != true || !(principal.IsInRole(Roles.Operator) || principal.IsInRole(Roles.Admin)))
            return null;
        var user = await users.GetUserAsync(principal);
        return user is null ? null : new CooperationActor(user.Id, user.DisplayName ?? user.Email ?? user.Id, user.ClusterId, principal.IsInRole(Roles.Admin));
    }
}
