using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

public sealed record CommitmentResponse(int Id, string Title, string Owner, string? OwnerCluster, DateOnly DueOn, DateOnly? CompletedOn, string Status, bool OnTime, bool IsSample);
