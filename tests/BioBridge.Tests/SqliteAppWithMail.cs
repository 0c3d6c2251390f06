using Microsoft.AspNetCore.Hosting;
using MimeKit;

namespace BioBridge.Tests;

public sealed class SqliteAppWithMail() : AppWithMail(Provider.Sqlite);
