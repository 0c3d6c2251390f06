using BioBridge.Language;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

public enum AgreementKind { Friendship, Mou, Contract }

/// <summary>An agreement between cities, clusters or organizations, e.g. the Seoul Bio Hub - Liangjiang MOU.</summary>
public sealed class Agreement
{
    public int Id { get; private set; }
    public required string Slug { get; init; }
    public AgreementKind Kind { get; set; }
    public string? TitleKo { get; set; }
    public string? TitleZh { get; set; }
    public string? TitleEn { get; set; }
    public string? SummaryKo { get; set; }
    public string? SummaryZh { get; set; }
    public string? SummaryEn { get; set; }
    public DateOnly SignedOn { get; set; }
    /// <summary>Scope areas as stable keys, e.g. company-discovery, company-exchange, rd-expansion.</summary>
    public List<string> ScopeAreas { get; set; } = [];
    public List<AgreementParty> Parties { get; set; } = [];
    public bool IsPublished { get; set; } = true;

    public LocalizedText Title => new(TitleKo, TitleZh, TitleEn);
    public LocalizedText Summary => new(SummaryKo, SummaryZh, SummaryEn);
}

public enum PartyKind { City, Cluster, Organization }

public sealed class AgreementParty
{
    public int Id { get; private set; }
    public int AgreementId { get; set; }
    public PartyKind Kind { get; set; }
    public string? NameKo { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? ClusterId { get; set; }
    public int? OrganizationId { get; set; }

    public LocalizedText Name => new(NameKo, NameZh, NameEn);
}

sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Slug).HasMaxLength(100);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.Title);
        builder.Ignore(a => a.Summary);
    }
}

sealed class AgreementPartyConfiguration : IEntityTypeConfiguration<AgreementParty>
{
    public void Configure(EntityTypeBuilder<AgreementParty> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(p => p.Name);
    }
}
