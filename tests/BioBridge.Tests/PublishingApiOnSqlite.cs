using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

public sealed class PublishingApiOnSqlite(SqliteTranslatingApp app) : PublishingApiTests<SqliteTranslatingApp>(app);
