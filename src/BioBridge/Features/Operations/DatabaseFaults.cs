using System.Globalization;
using System.Net.Sockets;
using BioBridge.Language;
using BioBridge.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BioBridge.Features.Operations;

public enum DatabaseFaultKind { Unavailable, ReadOnly, Full }

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

/// <summary>Answers database faults as 503/507 with the reason (problem details for the API, a short page otherwise).</summary>
public sealed class DatabaseFaultHandler(IProblemDetailsService problems, ILogger<DatabaseFaultHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (DatabaseFault.Of(exception) is not { } fault)
            return false;
        log.LogWarning("{Method} {Path} answered {Status}: database {Fault} ({Error})", http.Request.Method, http.Request.Path,
            fault.Status, fault.Kind, exception.GetBaseException().Message);
        http.Response.StatusCode = fault.Status;
        if (fault.Kind != DatabaseFaultKind.Full)
            http.Response.Headers.RetryAfter = "5";
        var wantsPage = !http.Request.Path.StartsWithSegments("/api")
            && http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
        if (wantsPage)
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            var text = System.Net.WebUtility.HtmlEncode(fault.Text);
            await http.Response.WriteAsync(
                $"<!doctype html><html lang=\"{CultureInfo.CurrentUICulture.Name}\"><meta charset=\"utf-8\"><title>BioBridge</title><main><h1>BioBridge</h1><p role=\"alert\">{text}</p></main></html>", ct);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = fault.Status, Title = fault.Kind.ToString(), Detail = fault.Text },
        });
    }
}
