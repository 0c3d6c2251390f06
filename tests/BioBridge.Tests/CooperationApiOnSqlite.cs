using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;

namespace BioBridge.Tests;

public sealed class CooperationApiOnSqlite(SqliteApp app) : CooperationApiTests<SqliteApp>(app);
