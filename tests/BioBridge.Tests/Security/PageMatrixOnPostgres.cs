using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace BioBridge.Tests;

public sealed class PageMatrixOnPostgres(PostgresApp app) : PageMatrixTests<PostgresApp>(app);
