namespace BioBridge.Tests;

public sealed class OrganizationImportOnSqlite() : OrganizationImportTests(Provider.Sqlite);
