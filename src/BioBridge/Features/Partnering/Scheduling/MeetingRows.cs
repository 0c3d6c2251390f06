using System.Data.Common;
using BioBridge.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Writes many new meetings with their seats below EF Core, inside the caller's transaction: a scheduling run stores
/// tens of thousands at once, which one tracked entity at a time took minutes. PostgreSQL takes them by binary COPY
/// (the ids drawn from the table's own sequence first, so the seats can name them); SQLite by one prepared INSERT
/// run row by row. The unique indexes check every row as they do for EF Core's writes.
/// </summary>
static class MeetingRows
{
    /// <summary>The columns of a meeting row, in one order for both providers.</summary>
    static readonly (string Column, NpgsqlDbType Type, Func<Meeting, object?> Value)[] MeetingFields =
    [
        (nameof(Meeting.EventId), NpgsqlDbType.Integer, m => m.EventId),
        (nameof(Meeting.RequestId), NpgsqlDbType.Integer, m => m.RequestId),
        (nameof(Meeting.RunId), NpgsqlDbType.Integer, m => m.RunId),
        (nameof(Meeting.SlotId), NpgsqlDbType.Integer, m => m.SlotId),
        (nameof(Meeting.LocationId), NpgsqlDbType.Integer, m => m.LocationId),
        (nameof(Meeting.InterpreterId), NpgsqlDbType.Integer, m => m.InterpreterId),
        (nameof(Meeting.Mode), NpgsqlDbType.Varchar, m => m.Mode.ToString()),
        (nameof(Meeting.IsFixed), NpgsqlDbType.Boolean, m => m.IsFixed),
        (nameof(Meeting.IsPublished), NpgsqlDbType.Boolean, m => m.IsPublished),
        (nameof(Meeting.PublishedAt), NpgsqlDbType.TimestampTz, m => m.PublishedAt),
        (nameof(Meeting.Status), NpgsqlDbType.Varchar, m => m.Status.ToString()),
    ];

    static readonly string[] MeetingColumns = MeetingFields.Select(f => f.Column).ToArray();

    static readonly string[] SeatColumns = [nameof(MeetingSeat.MeetingId), nameof(MeetingSeat.DelegateId), nameof(MeetingSeat.SlotId)];

    public static async Task InsertAsync(AppDb db, IReadOnlyList<Meeting> meetings, CancellationToken ct)
    {
        if (meetings.Count == 0)
            return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Meetings are written in bulk inside the caller's transaction only.");
        if (db.Database.IsNpgsql())
            await CopyAsync(db, meetings, ct);
        else
            await InsertOneByOneAsync(db, meetings, ct);
    }

    static string Columns(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    static async Task CopyAsync(AppDb db, IReadOnlyList<Meeting> meetings, CancellationToken ct)
    {
        var ids = await db.Database
            .SqlQuery<int>($"SELECT CAST(nextval(pg_get_serial_sequence('\"Meetings\"', 'Id')) AS integer) AS \"Value\" FROM generate_series(1, {meetings.Count})")
            .ToListAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var rows = await connection.BeginBinaryImportAsync(
            $"COPY \"Meetings\" (\"Id\", {Columns(MeetingColumns)}) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var k = 0; k < meetings.Count; k++)
            {
                var m = meetings[k];
                await rows.StartRowAsync(ct);
                await rows.WriteAsync(ids[k], NpgsqlDbType.Integer, ct);
                foreach (var (_, type, value) in MeetingFields)
                {
                    if (value(m) is { } v)
                        await rows.WriteAsync(v, type, ct);
                    else
                        await rows.WriteNullAsync(ct);
                }
            }
            await rows.CompleteAsync(ct);
        }
        await using (var rows = await connection.BeginBinaryImportAsync(
            $"COPY \"MeetingSeats\" ({Columns(SeatColumns)}) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var k = 0; k < meetings.Count; k++)
                foreach (var seat in meetings[k].Seats)
                {
                    await rows.StartRowAsync(ct);
                    await rows.WriteAsync(ids[k], NpgsqlDbType.Integer, ct);
                    await rows.WriteAsync(seat.DelegateId, NpgsqlDbType.Integer, ct);
                    await rows.WriteAsync(seat.SlotId, NpgsqlDbType.Integer, ct);
                }
            await rows.CompleteAsync(ct);
        }
    }

    static async Task InsertOneByOneAsync(AppDb db, IReadOnlyList<Meeting> meetings, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        await using var meetingInsert = Insert(connection, transaction, "Meetings", MeetingColumns, " RETURNING \"Id\"");
        await using var seatInsert = Insert(connection, transaction, "MeetingSeats", SeatColumns, "");
        foreach (var m in meetings)
        {
            Bind(meetingInsert, MeetingFields.Select(f => f.Value(m)).ToArray());
            var id = Convert.ToInt32(await meetingInsert.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            foreach (var seat in m.Seats)
            {
                Bind(seatInsert, [id, seat.DelegateId, seat.SlotId]);
                await seatInsert.ExecuteNonQueryAsync(ct);
            }
        }
    }

    static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, string returning)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({Columns(columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))}){returning}";
        foreach (var column in columns)
            command.Parameters.Add(new SqliteParameter { ParameterName = "$" + column });
        command.Prepare();
        return command;
    }

    static void Bind(DbCommand command, object?[] values)
    {
        for (var k = 0; k < values.Length; k++)
            command.Parameters[k].Value = values[k] ?? DBNull.Value;
    }
}
