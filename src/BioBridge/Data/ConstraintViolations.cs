using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BioBridge.Data;

public static class ConstraintViolations
{
    /// <summary>
    /// The write broke a unique, foreign-key or check constraint: a race the use case answers as a conflict.
    /// Anything else (the database away, read-only or full) is not a conflict and goes to the fault handler.
    /// </summary>
    public static bool IsConstraintViolation(this DbUpdateException exception) => exception.InnerException is DbException inner && inner.IsConstraintViolation();

    /// <summary>The same for a write below EF Core (a bulk insert or COPY).</summary>
    public static bool IsConstraintViolation(this DbException exception) => exception switch
    {
        PostgresException p => p.SqlState.StartsWith("23", StringComparison.Ordinal),
        SqliteException s => s.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        _ => false,
    };
}
