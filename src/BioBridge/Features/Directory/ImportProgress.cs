using BioBridge.Data;
using BioBridge.Features.Publishing;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

public sealed record ImportProgress(string Phase, int Done, int Total);
