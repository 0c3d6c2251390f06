using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BioBridge.OperationsTests.Infrastructure;

/// <summary>
/// Makes the demo event busier than its tables can hold, through the public API as an organizer would: one more
/// delegate for each of 60 organizations and eight accepted requests each, so a scheduling run has real work and
/// uses its whole time limit instead of proving optimality at once.
/// </summary>
static class BusyEvent
{
    public const string Slug = "slw-2026";
    const int Size = 60;
    const int RequestsEach = 8;

    static readonly SemaphoreSlim Gate = new(1, 1);
    static IReadOnlyList<int>? delegates;

    public static async Task<IReadOnlyList<int>> DelegatesAsync(HttpClient organizer)
    {
        await Gate.WaitAsync();
        try
        {
            return delegates ??= await ArrangeAsync(organizer);
        }
        finally
        {
            Gate.Release();
        }
    }

    static async Task<IReadOnlyList<int>> ArrangeAsync(HttpClient organizer)
    {
        var list = await organizer.GetFromJsonAsync<JsonElement>("/api/v1/organizations?pageSize=100");
        var organizations = list.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("organization").GetProperty("externalId").GetString()!).Take(Size).ToList();
        organizations.Count.ShouldBe(Size, "the demo data has enough published organizations");
        var ids = new int[Size];
        await Parallel.ForEachAsync(Enumerable.Range(0, Size), new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (i, ct) =>
        {
            var registered = await organizer.PostAsJsonAsync($"/api/v1/events/{Slug}/delegates", new
            {
                displayName = $"Ops Delegate {i:00}", email = $"ops{i:00}@ops.example", languages = new[] { "en" },
                organizationExternalId = organizations[i],
            }, ct);
            registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(ct));
            ids[i] = (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
        });
        await Parallel.ForEachAsync(Enumerable.Range(0, Size * RequestsEach), new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (k, ct) =>
        {
            var (from, to) = (ids[k / RequestsEach], ids[(k / RequestsEach + 1 + k % RequestsEach) % Size]);
            var requested = await organizer.PostAsJsonAsync($"/api/v1/events/{Slug}/requests", new { fromDelegateId = from, toDelegateId = to, message = "ops", priority = 2 }, ct);
            if (requested.StatusCode == HttpStatusCode.Conflict)
                return; // the other side asked first: mutual interest, one request
            requested.StatusCode.ShouldBe(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync(ct));
            var id = (await requested.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
            var accepted = await organizer.PostAsync($"/api/v1/events/{Slug}/requests/{id}/accept", null, ct);
            accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync(ct));
        });
        return ids;
    }
}
