using Microsoft.EntityFrameworkCore;

namespace BioBridge.Data;

public sealed class SqliteAppDb(DbContextOptions<SqliteAppDb> options) : AppDb(options);
