namespace BioBridge.Tests.Translation;

public sealed class ReadingMemoryOnPostgres() : ReadingMemoryTests(Provider.Postgres);
