using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Cooperation;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using BioBridge.Features.Reviews;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Demo;

public sealed record SeedOutcome(bool Seeded, string Message);
