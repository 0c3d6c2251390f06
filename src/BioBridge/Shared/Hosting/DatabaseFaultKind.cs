using System.Globalization;
using System.Net.Sockets;
using BioBridge.Language;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BioBridge.Shared;

public enum DatabaseFaultKind { Unavailable, ReadOnly, Full }
