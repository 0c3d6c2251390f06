using System.Net;
using System.Text.Json;

namespace BioBridge.Tests;

public sealed class DiscoveryOnSqlite(SqliteApp app) : DiscoveryTests<SqliteApp>(app);
