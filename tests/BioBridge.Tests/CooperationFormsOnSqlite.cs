using System.Net;
using System.Text.RegularExpressions;

namespace BioBridge.Tests;

public sealed class CooperationFormsOnSqlite(SqliteApp app) : CooperationFormTests<SqliteApp>(app);
