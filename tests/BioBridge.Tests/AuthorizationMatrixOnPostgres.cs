using System.Net;
using System.Text;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

public sealed class AuthorizationMatrixOnPostgres(PostgresApp app) : AuthorizationMatrixTests<PostgresApp>(app);
