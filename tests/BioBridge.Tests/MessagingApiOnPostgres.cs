namespace BioBridge.Tests;

public sealed class MessagingApiOnPostgres(PostgresApp app) : MessagingApiTests<PostgresApp>(app);
