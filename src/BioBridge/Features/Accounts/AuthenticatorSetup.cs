using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Accounts;

public sealed record AuthenticatorSetup(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);
