using System.Net;
using System.Net.Http.Json;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace BioBridge.Tests;

public sealed class RemindersOnPostgres(PostgresMailAndClockApp app) : ReminderTests<PostgresMailAndClockApp>(app);
