using System.Globalization;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// What the deal, project and commitment pages share: reading posted text into the API's bodies (a value that does
/// not parse becomes null, so the use case names the field) and the agreement choices.
/// </summary>
public static class CooperationForms
{
    static readonly char[] Separators = [';', ',', '\n', '\r', ' ', '\t'];

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static decimal? Decimal(string? text) =>
        decimal.TryParse(text?.Trim().Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? Int(string? text) => int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>External ids typed into one field, separated by ';', ',' or spaces.</summary>
    public static IReadOnlyList<string> Items(string? text) => (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    public static string List(IEnumerable<string>? items) => string.Join("; ", items ?? []);

    public static async Task<List<(string Slug, string Title)>> AgreementsAsync(AppDb db, string language) =>
        (await db.Agreements.AsNoTracking().OrderByDescending(a => a.SignedOn).ToListAsync())
        .Select(a => (a.Slug, a.Title.GetWithFallback(language).Text ?? a.Slug)).ToList();
}
