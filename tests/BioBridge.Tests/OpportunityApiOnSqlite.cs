using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BioBridge.Tests;

public sealed class OpportunityApiOnSqlite(SqliteApp app) : OpportunityApiTests<SqliteApp>(app);
