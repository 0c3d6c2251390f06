using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using BioBridge.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Writes an audit entry for every record added, modified or deleted through SaveChanges, with the changed
/// properties' old and new values and the actor (the signed-in user of the request, or "system").
/// Secrets are left out: password hashes, security stamps, token hashes and Identity's token table
/// (authenticator keys, recovery codes). Bulk paths (the organization import, load seeding) switch off automatic
/// change detection for speed; their saves get one summary entry per entity type instead of one per row.
/// The entries are saved right after the change, inside the caller's transaction when there is one.
/// </summary>
public sealed class AuditTrail(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    static readonly HashSet<string> SecretProperties =
        [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp), nameof(AccessToken.TokenHash), "CalendarToken"];

    static readonly HashSet<Type> Unaudited = [typeof(AuditEntry), typeof(DataProtectionKey), typeof(IdentityUserToken<string>)];

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    readonly ConditionalWeakTable<DbContext, List<Pending>> pending = new();

    sealed record Pending(EntityEntry? Entry, string EntityType, string Action, string? Key, string? Details);

    public static string ActorOf(HttpContext? context) => context is null
        ? AuditEntry.System
        : context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? AuditEntry.Anonymous;

    public static bool IsSecret(string property) => SecretProperties.Contains(property);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (WithEntries(eventData.Context) is { } context)
        {
            context.SaveChanges();
            Detach(context);
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (WithEntries(eventData.Context) is { } context)
        {
            await context.SaveChangesAsync(cancellationToken);
            Detach(context);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not null)
            pending.Remove(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    void Capture(DbContext? context)
    {
        if (context is null || context is not AppDb)
            return;
        var bulk = !context.ChangeTracker.AutoDetectChangesEnabled;
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Unaudited.Contains(e.Metadata.ClrType))
            .ToList();
        if (changed.Count == 0)
            return;
        var items = bulk
            ? changed.GroupBy(e => (Type: e.Metadata.ClrType.Name, e.State))
                .Select(g => new Pending(null, g.Key.Type, "Bulk", null, JsonSerializer.Serialize(new { action = g.Key.State.ToString(), rows = g.Count() }, Json)))
                .ToList()
            : changed.Select(e => new Pending(e.State == EntityState.Added ? e : null, e.Metadata.ClrType.Name, e.State.ToString(),
                e.State == EntityState.Added ? null : KeyOf(e), JsonSerializer.Serialize(ChangesOf(e), Json))).ToList();
        pending.AddOrUpdate(context, items);
    }

    /// <summary>The context with the audit entries of its last save added, or null when there is nothing to write.</summary>
    DbContext? WithEntries(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var items))
            return null;
        pending.Remove(context);
        var actor = ActorOf(http.HttpContext);
        var now = clock.GetUtcNow().UtcDateTime;
        context.Set<AuditEntry>().AddRange(items.Select(p => new AuditEntry
        {
            At = now, ActorId = actor, Category = AuditEntry.Change, Action = p.Action, EntityType = p.EntityType,
            // Keys generated by the database are known only now, after the save.
            EntityKey = p.Key ?? (p.Entry is null ? null : KeyOf(p.Entry)), Details = p.Details,
        }));
        return context;
    }

    /// <summary>Audit entries are written once and never read back through this context: do not keep them tracked.</summary>
    static void Detach(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<AuditEntry>().ToList())
            entry.State = EntityState.Detached;
    }

    static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
    }

    static Dictionary<string, object?> ChangesOf(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (IsSecret(name))
                continue;
            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null && !property.Metadata.IsPrimaryKey():
                    changes[name] = new { @new = property.CurrentValue };
                    break;
                case EntityState.Modified when property.IsModified && !property.Metadata.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new { old = property.OriginalValue, @new = property.CurrentValue };
                    break;
                case EntityState.Deleted when property.OriginalValue is not null:
                    changes[name] = new { old = property.OriginalValue };
                    break;
            }
        }
        return changes;
    }
}
