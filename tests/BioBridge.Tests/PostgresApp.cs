using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BioBridge.Tests;

public sealed class PostgresApp() : BioBridgeApp(Provider.Postgres);
