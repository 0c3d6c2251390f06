using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Data;

public sealed class PostgresAppDb(DbContextOptions<PostgresAppDb> options) : AppDb(options);
