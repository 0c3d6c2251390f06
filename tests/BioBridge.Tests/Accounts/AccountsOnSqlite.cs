namespace BioBridge.Tests.Accounts;

public sealed class AccountsOnSqlite(SqliteAppWithMail app) : AccountTests<SqliteAppWithMail>(app);
