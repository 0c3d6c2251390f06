using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using BioBridge.Features.Operations;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Cooperation;
using BioBridge.Features.Demo;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Features.Messaging;
using BioBridge.Features.Opportunities;
using BioBridge.Features.Partnering;
using BioBridge.Features.Publishing;
using BioBridge.Features.Reviews;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using System.Threading.RateLimiting;
using Scalar.AspNetCore;

namespace BioBridge.Shared;

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Api = "api";
}
