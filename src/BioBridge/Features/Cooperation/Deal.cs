namespace BioBridge.Features.Cooperation;

/// <summary>
/// A concluded deal between organizations: the measurable outcome of the cooperation. The value is kept in its own
/// currency and, converted at the stored rate of its date, in US cents, so totals are a SQL SUM over integers.
/// </summary>
public sealed class Deal
{
    public const int MaxTitleLength = FieldLengths.Title;

    public int Id { get; private set; }
    public DealKind Kind { get; set; }
    public required string Title { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    /// <summary>Amount in US cents at the rate of <see cref="RateOn"/>.</summary>
    public long ValueUsdCents { get; set; }
    /// <summary>The date of the exchange rate used.</summary>
    public DateOnly RateOn { get; set; }
    public DateOnly ClosedOn { get; set; }
    public DealSource Source { get; set; }
    public int? MeetingId { get; set; }
    public int? IntroductionId { get; set; }
    public int? AgreementId { get; set; }
    public bool IsSample { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<DealParty> Parties { get; set; } = [];
}
