using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests.Accounts;

public sealed class AccountsOnSqlite(SqliteAppWithMail app) : AccountTests<SqliteAppWithMail>(app);
