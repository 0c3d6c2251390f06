namespace BioBridge.Tests.Accounts;

public sealed class PrivacyOnSqlite(SqliteAppWithMail app) : PrivacyTests<SqliteAppWithMail>(app);
