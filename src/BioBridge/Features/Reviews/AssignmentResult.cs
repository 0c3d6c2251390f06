using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

public sealed record AssignmentResult(int Added, int Submissions, IReadOnlyDictionary<string, int> Loads);
