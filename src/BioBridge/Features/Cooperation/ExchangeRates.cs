using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>The stored reference rates: the rate of a date is the latest one valid from that date or before.</summary>
public sealed class ExchangeRates(AppDb db)
{
    public async Task<ExchangeRate?> OnAsync(string currency, DateOnly date, CancellationToken ct) =>
        currency == ExchangeRate.Usd
            ? new ExchangeRate { Currency = ExchangeRate.Usd, ValidFrom = DateOnly.MinValue, UnitsPerUsd = 1m }
            : await db.ExchangeRates.Where(r => r.Currency == currency && r.ValidFrom <= date).OrderByDescending(r => r.ValidFrom).FirstOrDefaultAsync(ct);

    public async Task<Outcome<ExchangeRate>> SetAsync(RateBody body, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var currency = body.Currency?.Trim().ToUpperInvariant();
        if (currency is null || currency == ExchangeRate.Usd || !ExchangeRate.Currencies.Contains(currency))
            errors["currency"] = [CooperationText.Say("Rates are stored for KRW and CNY (per US dollar).")];
        if (body.ValidFrom is null)
            errors["validFrom"] = [CooperationText.Say("A rate is valid from a date (yyyy-MM-dd).")];
        if (body.UnitsPerUsd is not > 0)
            errors["unitsPerUsd"] = [CooperationText.Say("Units per US dollar must be greater than 0.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        var rate = await db.ExchangeRates.SingleOrDefaultAsync(r => r.Currency == currency && r.ValidFrom == body.ValidFrom, ct);
        if (rate is null)
        {
            rate = new ExchangeRate { Currency = currency!, ValidFrom = body.ValidFrom!.Value };
            db.ExchangeRates.Add(rate);
        }
        rate.UnitsPerUsd = body.UnitsPerUsd!.Value;
        await db.SaveChangesAsync(ct);
        return Outcome.Success(rate);
    }
}
