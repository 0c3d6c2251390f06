using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BioBridge.Features.Reviews;

public sealed record AssignmentBody(int? MaxPerReviewer);
