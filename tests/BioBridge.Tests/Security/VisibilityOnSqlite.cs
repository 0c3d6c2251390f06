using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BioBridge.Data;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BioBridge.Tests;

public sealed class VisibilityOnSqlite(SqliteApp app, ITestOutputHelper output) : VisibilityTests<SqliteApp>(app, output);
