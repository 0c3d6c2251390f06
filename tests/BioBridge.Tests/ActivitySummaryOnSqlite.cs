using BioBridge.Data;
using BioBridge.Features.Cooperation;
using BioBridge.Features.Directory;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

public sealed class ActivitySummaryOnSqlite(SqliteApp app) : ActivitySummaryTests<SqliteApp>(app);
