using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests.Accounts;

public sealed class PrivacyOnPostgres(PostgresAppWithMail app) : PrivacyTests<PostgresAppWithMail>(app);
