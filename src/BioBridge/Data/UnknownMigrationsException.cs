namespace BioBridge.Data;

/// <summary>
/// The database's history names migrations this build does not have: it was made before the migrations were squashed
/// (docs/migrations.md), by a newer version or by another branch. Migrating it anyway would end in an obscure
/// "table already exists", so start-up stops with what to do instead.
/// </summary>
public sealed class UnknownMigrationsException(string database, IReadOnlyList<string> unknown)
    : InvalidOperationException(Explain(database, unknown))
{
    static string Explain(string database, IReadOnlyList<string> unknown) =>
        $"The database {database} was migrated by {unknown.Count} migration(s) this version does not have "
        + $"({Names(unknown)}). It was made by a version from before the migrations were squashed into one "
        + "Initial migration, by a newer version, or by another branch, and this version cannot upgrade it. "
        + $"If it is the demo database ({DatabaseConnection.EmbeddedFile}), delete the file and its -wal and -shm files and "
        + "start again: a new one is created and seeded. Otherwise point BIOBRIDGE_DB or --db at a new database, or run the version that made it. "
        + "See docs/migrations.md.";

    static string Names(IReadOnlyList<string> unknown) =>
        unknown.Count <= 3 ? string.Join(", ", unknown) : $"{unknown[0]}, ..., {unknown[^1]}";
}
