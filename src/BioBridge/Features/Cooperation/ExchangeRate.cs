namespace BioBridge.Features.Cooperation;

/// <summary>How many units of a currency one US dollar bought from a date on (a stored reference rate).</summary>
public sealed class ExchangeRate
{
    public const string Usd = "USD";
    public static readonly string[] Currencies = ["KRW", "CNY", Usd];

    public int Id { get; private set; }
    public required string Currency { get; set; }
    public DateOnly ValidFrom { get; set; }
    public decimal UnitsPerUsd { get; set; }

    /// <summary>The amount in US cents, rounded half away from zero.</summary>
    public static long ToUsdCents(decimal amount, decimal unitsPerUsd) =>
        (long)Math.Round(amount / unitsPerUsd * 100m, MidpointRounding.AwayFromZero);
}
