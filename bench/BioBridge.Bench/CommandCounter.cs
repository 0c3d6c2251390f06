using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BioBridge.Bench;

/// <summary>Counts the database commands EF Core sends (queries, updates, inserts).</summary>
sealed class CommandCounter : DbCommandInterceptor
{
    int count;

    public int Count => count;

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref count);
        return result;
    }
}
