using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BioBridge.Tests;

public sealed class DirectoryApiOnPostgres(PostgresApp app) : DirectoryApiTests<PostgresApp>(app);
