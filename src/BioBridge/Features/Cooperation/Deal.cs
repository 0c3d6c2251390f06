using BioBridge.Features.Directory;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

public enum DealKind { Licensing, Distribution, JointVenture, Investment, CoDevelopment, Supply, TalentExchange }

/// <summary>What led to a deal: a partnering meeting, a recommendation of the platform, or an operators' introduction.</summary>
public enum DealSource { Meeting, Recommendation, Introduction }

/// <summary>
/// A concluded deal between organizations: the measurable outcome of the cooperation. The value is kept in its own
/// currency and, converted at the stored rate of its date, in US cents, so totals are a SQL SUM over integers.
/// </summary>
public sealed class Deal
{
    public const int MaxTitleLength = 300;

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

public sealed class DealParty
{
    public int DealId { get; set; }
    public int OrganizationId { get; set; }

    public Organization? Organization { get; private set; }
}

sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Title).HasMaxLength(Deal.MaxTitleLength);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.Property(d => d.Amount).HasPrecision(18, 2);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(d => d.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Introduction>().WithMany().HasForeignKey(d => d.IntroductionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Parties).WithOne().HasForeignKey(p => p.DealId).OnDelete(DeleteBehavior.Cascade);
        // The dashboard counts and sums deals per month and kind within a period.
        builder.HasIndex(d => new { d.ClosedOn, d.Kind, d.ValueUsdCents });
        builder.HasIndex(d => d.AgreementId);
    }
}

sealed class DealPartyConfiguration : IEntityTypeConfiguration<DealParty>
{
    public void Configure(EntityTypeBuilder<DealParty> builder)
    {
        builder.HasKey(p => new { p.DealId, p.OrganizationId });
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.OrganizationId);
    }
}
