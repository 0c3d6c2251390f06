using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BioBridge.Tests;

public sealed class MessagingApiOnSqlite(SqliteApp app) : MessagingApiTests<SqliteApp>(app);
