using System.Diagnostics;
using BioBridge.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BioBridge.Features.Operations;

public sealed record BackupOutcome(bool Succeeded, string Message);
