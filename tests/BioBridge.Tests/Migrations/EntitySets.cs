using System.Reflection;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests.Migrations;

/// <summary>Reads every entity set of the current model, query filters off, as the app would materialize it.</summary>
public static class EntitySets
{
    static readonly MethodInfo ReadAll = typeof(EntitySets).GetMethod(nameof(ReadAllAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>How many entities of each type the model read; owned types come with their owners.</summary>
    public static async Task<Dictionary<string, int>> ReadEveryAsync(AppDb db)
    {
        var counts = new Dictionary<string, int>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && !t.HasSharedClrType))
        {
            // Reflection hides which set failed: name it.
            try
            {
                counts[type.ClrType.Name] = await (Task<int>)ReadAll.MakeGenericMethod(type.ClrType).Invoke(null, [db])!;
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"The current model cannot read {type.ClrType.Name} from the upgraded database: {e.Message}", e);
            }
        }
        return counts;
    }

    static async Task<int> ReadAllAsync<T>(AppDb db) where T : class =>
        (await db.Set<T>().IgnoreQueryFilters().AsNoTracking().ToListAsync()).Count;
}
