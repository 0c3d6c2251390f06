using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Events;
using BioBridge.Scheduling;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

public sealed class PartneringApiOnPostgres(PostgresApp app) : PartneringApiTests<PostgresApp>(app);
