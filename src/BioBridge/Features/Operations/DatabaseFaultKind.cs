using System.Globalization;
using System.Net.Sockets;
using BioBridge.Language;
using BioBridge.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BioBridge.Features.Operations;

public enum DatabaseFaultKind { Unavailable, ReadOnly, Full }
