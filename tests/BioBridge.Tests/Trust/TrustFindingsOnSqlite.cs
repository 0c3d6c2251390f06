namespace BioBridge.Tests.Trust;

public sealed class TrustFindingsOnSqlite(SqliteApp app) : TrustFindingsTests<SqliteApp>(app);
