namespace BioBridge.Tests.Accounts;

public sealed class AccountsOnPostgres(PostgresAppWithMail app) : AccountTests<PostgresAppWithMail>(app);
