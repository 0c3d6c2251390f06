using System.Net.Sockets;
using BioBridge.Language;
using BioBridge.Shared.Resources;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BioBridge.Shared;

/// <summary>
/// A database fault that is the operator's business, not a bug: the server is down or restarting, the database
/// was made read-only, or its disk is full. Users get a clear, retryable answer instead of a generic 500, and
/// nothing was written (every use case writes in one transaction).
/// </summary>
public sealed record DatabaseFault(DatabaseFaultKind Kind, int Status, LocalizedText Message)
{
    static readonly DatabaseFault Unavailable = new(DatabaseFaultKind.Unavailable, StatusCodes.Status503ServiceUnavailable, new LocalizedText(
        "데이터베이스에 지금 연결할 수 없습니다. 잠시 후 다시 시도하세요. 저장된 내용은 없습니다.",
        "数据库暂时无法连接，请稍后重试。本次操作未保存任何内容。",
        "The database cannot be reached right now; try again in a moment. Nothing was saved."));

    static readonly DatabaseFault ReadOnly = new(DatabaseFaultKind.ReadOnly, StatusCodes.Status503ServiceUnavailable, new LocalizedText(
        "데이터베이스가 읽기 전용입니다(점검 또는 장애 조치 중). 변경 내용을 저장할 수 없습니다.",
        "数据库当前为只读（维护或故障切换中），无法保存更改。",
        "The database is read-only (maintenance or failover): changes cannot be saved now. Nothing was saved."));

    static readonly DatabaseFault Full = new(DatabaseFaultKind.Full, StatusCodes.Status507InsufficientStorage, new LocalizedText(
        "데이터베이스 저장 공간이 가득 찼습니다. 운영자에게 알리세요. 저장된 내용은 없습니다.",
        "数据库存储空间已满，请通知管理员。本次操作未保存任何内容。",
        "The database has no space left: tell the operator. Nothing was saved."));

    /// <summary>The fault behind an exception (looking through EF Core's wrappers), or null for any other error.</summary>
    public static DatabaseFault? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var fault = e switch
            {
                PostgresException p => OfPostgres(p.SqlState),
                NpgsqlException n when n.InnerException is SocketException or IOException or TimeoutException || n.IsTransient => Unavailable,
                SqliteException s => s.SqliteErrorCode switch
                {
                    8 => ReadOnly, // SQLITE_READONLY
                    13 => Full, // SQLITE_FULL
                    5 or 6 or 14 => Unavailable, // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CANTOPEN
                    _ => null,
                },
                _ => null,
            };
            if (fault is not null)
                return fault;
        }
        return null;
    }

    static DatabaseFault? OfPostgres(string state) => state switch
    {
        "25006" => ReadOnly, // read_only_sql_transaction
        "53100" => Full, // disk_full
        "53300" or "57P01" or "57P02" or "57P03" => Unavailable, // too many connections, shutting down, starting up
        _ when state.StartsWith("08", StringComparison.Ordinal) => Unavailable, // connection exceptions
        _ => null,
    };

    public string Text => Message.GetWithFallback(UiLanguage.Current).Text!;
}
