using System.Data.Common;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests.Migrations;

/// <summary>
/// Fills every table of a schema read from the catalog with generated rows, principals before dependents, so an
/// upgrade test migrates a database that holds data everywhere. The first row of each table leaves every nullable
/// column empty: a migration that makes a column required without saying what existing rows get fails on it.
/// </summary>
public static class GeneratedRows
{
    public const int PerTable = 3;

    public static async Task FillAsync(AppDb db, IReadOnlyList<StoreTable> tables)
    {
        var literals = new ColumnLiterals(db);
        var written = new Dictionary<string, List<Dictionary<string, string>>>();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var table in InForeignKeyOrder(tables))
            {
                var rows = new List<Dictionary<string, string>>();
                for (var i = 0; i < PerTable; i++)
                    rows.Add(Row(table, i, literals, written, rows));
                written[table.Name] = rows;
                await InsertAsync(db.Database.GetDbConnection(), table, rows);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task<Dictionary<string, long>> CountAsync(AppDb db, IEnumerable<StoreTable> tables)
    {
        var counts = new Dictionary<string, long>();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            foreach (var table in tables)
            {
                command.CommandText = $"SELECT COUNT(*) FROM \"{table.Name}\"";
                counts[table.Name] = Convert.ToInt64(await command.ExecuteScalarAsync());
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return counts;
    }

    static Dictionary<string, string> Row(StoreTable table, int index, ColumnLiterals literals,
        Dictionary<string, List<Dictionary<string, string>>> written, List<Dictionary<string, string>> earlierRows)
    {
        var row = table.Columns.ToDictionary(c => c.Name, c => index == 0 && !c.NotNull && !table.IsKeyColumn(c.Name)
            ? "NULL"
            : literals.For(table, c, table.IsKeyColumn(c.Name) ? index : 0));
        var setByForeignKey = new HashSet<string>();
        foreach (var key in table.ForeignKeys)
        {
            var optional = table.IsOptional(key);
            if (index == 0 && optional)
            {
                foreach (var column in key.Columns)
                    row[column] = "NULL";
                continue;
            }
            var principals = key.PrincipalTable == table.Name ? [.. earlierRows, row] : written.GetValueOrDefault(key.PrincipalTable);
            if (principals is null)
            {
                // A cycle of foreign keys: the optional one is left empty, the principal comes later.
                foreach (var column in key.Columns)
                    row[column] = optional ? "NULL" : throw new InvalidOperationException(
                        $"{table.Name} needs a row of {key.PrincipalTable} first, which needs one of {table.Name}: a cycle of required foreign keys.");
                continue;
            }
            // A column shared by two foreign keys must point at principals that agree on it.
            bool Agrees(Dictionary<string, string> p) => key.Columns.Zip(key.PrincipalColumns)
                .All(pair => !setByForeignKey.Contains(pair.First) || row[pair.First] == p[pair.Second]);
            var principal = principals[index % principals.Count];
            if (!Agrees(principal))
                principal = principals.FirstOrDefault(Agrees) ?? principal;
            foreach (var (column, principalColumn) in key.Columns.Zip(key.PrincipalColumns))
            {
                row[column] = principal[principalColumn];
                setByForeignKey.Add(column);
            }
        }
        return row;
    }

    static IEnumerable<StoreTable> InForeignKeyOrder(IReadOnlyList<StoreTable> tables)
    {
        var pending = tables.ToList();
        var done = new HashSet<string>();
        while (pending.Count > 0)
        {
            bool Ready(StoreTable t, StoreForeignKey k) => k.PrincipalTable == t.Name || done.Contains(k.PrincipalTable);
            var next = pending.FirstOrDefault(t => t.ForeignKeys.All(k => Ready(t, k)))
                ?? pending.FirstOrDefault(t => t.ForeignKeys.All(k => Ready(t, k) || t.IsOptional(k)))
                ?? throw new InvalidOperationException($"Required foreign keys form a cycle among {string.Join(", ", pending.Select(t => t.Name))}.");
            pending.Remove(next);
            done.Add(next.Name);
            yield return next;
        }
    }

    static async Task InsertAsync(DbConnection connection, StoreTable table, List<Dictionary<string, string>> rows)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(",\n", rows.Select(r => $"({string.Join(", ", table.Columns.Select(c => r[c.Name]))})"));
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({columns}) VALUES\n{values}";
        try
        {
            await command.ExecuteNonQueryAsync();
        }
        catch (DbException e)
        {
            throw new InvalidOperationException($"The database refused the generated rows of {table.Name}: {e.Message}\n{command.CommandText}", e);
        }
    }
}
