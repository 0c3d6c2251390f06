namespace BioBridge.Tests.Translation;

public sealed class ReadingMemoryOnSqlite() : ReadingMemoryTests(Provider.Sqlite);
