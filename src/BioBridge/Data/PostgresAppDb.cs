using Microsoft.EntityFrameworkCore;

namespace BioBridge.Data;

public sealed class PostgresAppDb(DbContextOptions<PostgresAppDb> options) : AppDb(options);
