using System.Net;
using System.Text.Json;

namespace BioBridge.Tests;

public sealed class DiscoveryOnPostgres(PostgresApp app) : DiscoveryTests<PostgresApp>(app);
