using Microsoft.AspNetCore.Hosting;
using MimeKit;

namespace BioBridge.Tests;

public sealed class PostgresAppWithMail() : AppWithMail(Provider.Postgres);
