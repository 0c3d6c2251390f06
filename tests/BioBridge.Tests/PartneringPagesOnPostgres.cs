using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace BioBridge.Tests;

public sealed class PartneringPagesOnPostgres(PostgresApp app) : PartneringPageTests<PostgresApp>(app);
