using System.Data.Common;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests.Migrations;

/// <summary>
/// Reads tables, columns, keys, unique indexes and foreign keys from SQLite's pragmas or PostgreSQL's catalog,
/// leaving out EF Core's own tables.
/// </summary>
public static class StoreCatalog
{
    // EF Core's own tables: the migration history and, on SQLite, the migration lock.
    const string EfCoreTablePrefix = "__EFMigrations";

    public static async Task<IReadOnlyList<StoreTable>> ReadAsync(AppDb db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return db.Database.IsSqlite() ? await ReadSqliteAsync(connection) : await ReadPostgresAsync(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    static async Task<IReadOnlyList<StoreTable>> ReadSqliteAsync(DbConnection connection)
    {
        const string tablesWith = "sqlite_master m, {0} WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'";
        var columns = await RowsAsync(connection,
            $"SELECT m.name, p.name, p.type, p.\"notnull\", NULL, p.pk FROM {string.Format(tablesWith, "pragma_table_info(m.name) p")} ORDER BY m.name, p.cid");
        var primaryKeys = columns.Where(c => Convert.ToInt64(c[5]) > 0).OrderBy(c => Convert.ToInt64(c[5]))
            .Select(c => new object[] { c[0], "primary key", c[1] });
        var unique = await RowsAsync(connection,
            $"SELECT m.name, i.name, c.name FROM {string.Format(tablesWith, "pragma_index_list(m.name) i, pragma_index_info(i.name) c")} AND i.\"unique\" = 1 ORDER BY m.name, i.name, c.seqno");
        var foreignKeys = await RowsAsync(connection,
            $"SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\" FROM {string.Format(tablesWith, "pragma_foreign_key_list(m.name) f")} ORDER BY m.name, f.id, f.seq");
        return Assemble(columns, [.. primaryKeys, .. unique], foreignKeys);
    }

    static async Task<IReadOnlyList<StoreTable>> ReadPostgresAsync(DbConnection connection)
    {
        const string publicTable = "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' AND t.relkind = 'r'";
        const string columnNames = "ARRAY(SELECT a.attname::text FROM unnest({0}) WITH ORDINALITY k(num, ord) JOIN pg_attribute a ON a.attrelid = {1} AND a.attnum = k.num ORDER BY k.ord)";
        var columns = await RowsAsync(connection, $"""
            SELECT t.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   CASE WHEN a.atttypid IN (1042, 1043) AND a.atttypmod > 4 THEN a.atttypmod - 4 END, 0
            FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid {publicTable} AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY t.relname, a.attnum
            """);
        var keys = await RowsAsync(connection, $"""
            SELECT t.relname::text, x.relname::text, {string.Format(columnNames, "i.indkey", "t.oid")}
            FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid {publicTable} AND i.indisunique
            """);
        var foreignKeys = await RowsAsync(connection, $"""
            SELECT t.relname::text, c.conname::text, p.relname::text,
                   {string.Format(columnNames, "c.conkey", "c.conrelid")}, {string.Format(columnNames, "c.confkey", "c.confrelid")}
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class p ON p.oid = c.confrelid {publicTable} AND c.contype = 'f'
            """);
        // One row per key column, as SQLite's pragmas give them, so both catalogs are assembled the same way.
        return Assemble(columns,
            keys.SelectMany(k => ((string[])k[2]).Select(column => new object[] { k[0], k[1], column })).ToList(),
            foreignKeys.SelectMany(f => ((string[])f[3]).Zip((string[])f[4], (from, to) => new object[] { f[0], f[1], f[2], from, to })).ToList());
    }

    static IReadOnlyList<StoreTable> Assemble(List<object[]> columns, List<object[]> keyColumns, List<object[]> foreignKeyColumns) =>
        columns.GroupBy(c => (string)c[0]).Where(table => !table.Key.StartsWith(EfCoreTablePrefix, StringComparison.Ordinal)).Select(table => new StoreTable(
            table.Key,
            table.Select(c => new StoreColumn((string)c[1], (string)c[2], Convert.ToBoolean(c[3]), c[4] is DBNull ? null : Convert.ToInt32(c[4]))).ToList(),
            keyColumns.Where(k => (string)k[0] == table.Key).GroupBy(k => Convert.ToString(k[1]))
                .Select(k => (IReadOnlyList<string>)k.Select(c => (string)c[2]).ToList()).ToList(),
            foreignKeyColumns.Where(f => (string)f[0] == table.Key).GroupBy(f => Convert.ToString(f[1]))
                .Select(f => new StoreForeignKey(f.Select(c => (string)c[3]).ToList(), (string)f.First()[2], f.Select(c => (string)c[4]).ToList())).ToList()))
            .ToList();

    static async Task<List<object[]>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }
}
