using BioBridge.Data;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

public sealed record ImportResponse(string File, bool Accepted, bool DryRun, int Rows, int Created, int Updated, int Unchanged,
    IReadOnlyList<ImportProblem> Problems);
