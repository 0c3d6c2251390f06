using System.Net;
using System.Text.RegularExpressions;
using BioBridge.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

public sealed class SeveralNodesOnSqlite(SqliteApp app) : SeveralNodesTests<SqliteApp>(app);
