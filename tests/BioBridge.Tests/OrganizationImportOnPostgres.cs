using System.Text;
using System.Text.Json;
using ClosedXML.Excel;

namespace BioBridge.Tests;

public sealed class OrganizationImportOnPostgres() : OrganizationImportTests(Provider.Postgres);
