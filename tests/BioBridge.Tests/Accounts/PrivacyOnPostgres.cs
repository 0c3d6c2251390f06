namespace BioBridge.Tests.Accounts;

public sealed class PrivacyOnPostgres(PostgresAppWithMail app) : PrivacyTests<PostgresAppWithMail>(app);
