using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BioBridge.Tests;

public sealed class MessagingApiOnPostgres(PostgresApp app) : MessagingApiTests<PostgresApp>(app);
