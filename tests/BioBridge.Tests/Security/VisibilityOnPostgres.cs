using Xunit.Abstractions;

namespace BioBridge.Tests;

public sealed class VisibilityOnPostgres(PostgresApp app, ITestOutputHelper output) : VisibilityTests<PostgresApp>(app, output);
