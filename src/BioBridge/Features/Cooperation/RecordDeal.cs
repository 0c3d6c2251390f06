using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// Records a concluded deal, its parties and what led to it, converting its value at the stored rate of its date; or
/// corrects a recorded one (the value is converted again).
/// </summary>
public sealed class RecordDeal(AppDb db, ExchangeRates rates, TimeProvider clock)
{
    public Task<Outcome<Deal>> HandleAsync(DealBody body, CancellationToken ct) => HandleAsync(null, body, ct);

    public async Task<Outcome<Deal>> HandleAsync(int? dealId, DealBody body, CancellationToken ct)
    {
        var deal = dealId is { } id ? await db.Deals.Include(d => d.Parties).SingleOrDefaultAsync(d => d.Id == id, ct) : null;
        if (dealId is not null && deal is null)
            return Outcome.NotFound(CooperationText.Say($"No deal {dealId}."));
        var errors = new Dictionary<string, string[]>();
        var kind = CooperationCodes.Parse<DealKind>(body.Kind);
        if (kind is null)
            errors["kind"] = [CooperationText.Say($"The kind is one of {CooperationCodes.Choices<DealKind>()}.")];
        var title = body.Title?.Trim() ?? "";
        if (title.Length is < 3 or > Deal.MaxTitleLength)
            errors["title"] = [CooperationText.Say($"The title needs 3 to {Deal.MaxTitleLength} characters.")];
        if (body.Amount is not > 0)
            errors["amount"] = [CooperationText.Say("The amount must be greater than 0.")];
        var currency = body.Currency?.Trim().ToUpperInvariant() ?? "";
        if (!ExchangeRate.Currencies.Contains(currency))
            errors["currency"] = [CooperationText.Say($"The currency is one of {string.Join(", ", ExchangeRate.Currencies)}.")];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (body.ClosedOn is null)
            errors["closedOn"] = [CooperationText.Say("A deal has the date it was closed (yyyy-MM-dd).")];
        else if (body.ClosedOn > today)
            errors["closedOn"] = [CooperationText.Say($"{body.ClosedOn:yyyy-MM-dd} is in the future; record a deal once it is closed.")];
        var parties = await Parties.ResolveAsync(db, body.Parties, 2, errors, ct);
        var source = CooperationCodes.Parse<DealSource>(body.Source);
        if (source is null)
            errors["source"] = [CooperationText.Say($"The source is one of {CooperationCodes.Choices<DealSource>()}.")];
        else if (source == DealSource.Meeting && (body.MeetingId is not { } meetingId || !await db.Meetings.AnyAsync(m => m.Id == meetingId, ct)))
            errors["meetingId"] = [CooperationText.Say("A deal from a meeting names an existing meeting id.")];
        else if (source == DealSource.Introduction && (body.IntroductionId is not { } introductionId || !await db.Introductions.AnyAsync(i => i.Id == introductionId, ct)))
            errors["introductionId"] = [CooperationText.Say("A deal from an introduction names an existing introduction id.")];
        int? agreementId = null;
        if (body.Agreement is { Length: > 0 } slug && (agreementId = await db.Agreements.IdOfAsync(slug, ct)) is null)
            errors["agreement"] = [CooperationText.Say($"No agreement '{slug}'.")];
        ExchangeRate? rate = null;
        if (errors.Count == 0 && (rate = await rates.OnAsync(currency, body.ClosedOn!.Value, ct)) is null)
            errors["currency"] = [CooperationText.Say($"No stored {currency} rate on or before {body.ClosedOn:yyyy-MM-dd}; add one first (POST /api/v1/cooperation/exchange-rates).")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        if (deal is null)
        {
            deal = new Deal { Title = title, Currency = currency, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Deals.Add(deal);
        }
        deal.Kind = kind!.Value;
        deal.Title = title;
        deal.Amount = body.Amount!.Value;
        deal.Currency = currency;
        deal.ValueUsdCents = ExchangeRate.ToUsdCents(body.Amount!.Value, rate!.UnitsPerUsd);
        deal.RateOn = rate.ValidFrom == DateOnly.MinValue ? body.ClosedOn!.Value : rate.ValidFrom;
        deal.ClosedOn = body.ClosedOn!.Value;
        deal.Source = source!.Value;
        deal.MeetingId = source == DealSource.Meeting ? body.MeetingId : null;
        deal.IntroductionId = source == DealSource.Introduction ? body.IntroductionId : null;
        deal.AgreementId = agreementId;
        Parties.Replace(deal.Parties, parties.Select(p => p.Id), p => p.OrganizationId, id => new DealParty { OrganizationId = id });
        await db.SaveChangesAsync(ct);
        return Outcome.Success(deal);
    }
}
