using Xunit.Abstractions;

namespace BioBridge.Tests;

public sealed class VisibilityOnSqlite(SqliteApp app, ITestOutputHelper output) : VisibilityTests<SqliteApp>(app, output);
