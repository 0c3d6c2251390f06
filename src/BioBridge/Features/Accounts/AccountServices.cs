using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

public static class AccountServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Lockout and sign-in rules come from BioBridge:Accounts, so an operator sees and tunes them in one place.
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((identity, accounts) =>
        {
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedSignIns;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
            identity.SignIn.RequireConfirmedEmail = true;
        });
        // Commands need it too: Identity's messages and the account e-mails are localized.
        services.AddLocalization();
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditTrail>();
        services.AddScoped<SecurityLog>();
        services.AddScoped<AccountMail>();
        services.AddScoped<InviteStaff>();
        services.AddScoped<AcceptInvitation>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<AccessTokens>();
        services.AddScoped<RecordConsent>();
        services.AddScoped<TwoFactor>();
        services.AddScoped<AccountSecurity>();

        services.AddScoped<ExportPersonalData>();
        services.AddScoped<DeleteAccount>();
        services.AddScoped<PurgeExpiredRecords>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<AccountSeeding>();
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrors>();
        return services;
    }
}
