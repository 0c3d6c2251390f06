using System.Net;
using System.Text.RegularExpressions;

namespace BioBridge.Tests;

public sealed class CooperationFormsOnPostgres(PostgresApp app) : CooperationFormTests<PostgresApp>(app);
