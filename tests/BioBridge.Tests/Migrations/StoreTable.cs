namespace BioBridge.Tests.Migrations;

/// <summary>A table read from the database catalog, not from the model: the schema an older migration left behind.</summary>
public sealed record StoreTable(
    string Name,
    IReadOnlyList<StoreColumn> Columns,
    IReadOnlyList<IReadOnlyList<string>> Keys,
    IReadOnlyList<StoreForeignKey> ForeignKeys)
{
    /// <summary>Columns of the primary key or of a unique index: each generated row needs its own value there.</summary>
    public bool IsKeyColumn(string column) => Keys.Any(k => k.Contains(column));

    /// <summary>A foreign key whose columns may all be empty: a row can exist before its principal does.</summary>
    public bool IsOptional(StoreForeignKey key) => key.Columns.All(c => !Columns.Single(column => column.Name == c).NotNull);
}
