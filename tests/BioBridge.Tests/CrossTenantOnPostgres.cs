using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

public sealed class CrossTenantOnPostgres(PostgresApp app) : CrossTenantTests<PostgresApp>(app);
