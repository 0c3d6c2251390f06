namespace BioBridge.Tests;

public sealed class OrganizationImportOnPostgres() : OrganizationImportTests(Provider.Postgres);
