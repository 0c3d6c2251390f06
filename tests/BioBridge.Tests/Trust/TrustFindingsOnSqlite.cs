using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Directory;
using BioBridge.Features.Publishing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests.Trust;

public sealed class TrustFindingsOnSqlite(SqliteApp app) : TrustFindingsTests<SqliteApp>(app);
