using BioBridge.Features.Directory;
using BioBridge.Features.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Opportunities;

/// <summary>The kinds of post of the Enterprise Europe Network partnering database, plus talent exchange.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<OpportunityKind>))]
public enum OpportunityKind
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("technology-offer")] TechnologyOffer,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("technology-request")] TechnologyRequest,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("business-offer")] BusinessOffer,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("business-request")] BusinessRequest,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("rd-cooperation")] RdCooperation,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("talent-exchange")] TalentExchange,
}

public enum OpportunityStatus { Open, Closed }

/// <summary>An organization's published offer or request; others express interest and the owner answers.</summary>
public sealed class Opportunity
{
    public int Id { get; private set; }
    public int OrganizationId { get; set; }
    public OpportunityKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    /// <summary>Taxonomy concepts: given by the author, or inferred from title and text.</summary>
    public List<string> Concepts { get; set; } = [];
    public DateOnly? Deadline { get; set; }
    /// <summary>The cluster whose members the post addresses; null for everyone.</summary>
    public string? TargetClusterId { get; set; }
    public OpportunityStatus Status { get; set; }
    public bool IsSample { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public Visibility Visibility { get; set; }
    /// <summary>When an operator of the organization's cluster approved it; until then only the organization sees it.</summary>
    public DateTime? ApprovedAt { get; set; }
    /// <summary>The language of Title and Body ("ko", "zh" or "en"), the author's original.</summary>
    public string? Language { get; set; }
    /// <summary>Title and text in the other languages, each drafted by machine or written and verified by the organization.</summary>
    public List<OpportunityTranslation> Translations { get; set; } = [];

    public Organization? Organization { get; private set; }
    public List<ExpressionOfInterest> Interests { get; private set; } = [];

    public bool AcceptsInterest(DateOnly today) => Status == OpportunityStatus.Open && (Deadline is null || Deadline >= today);

    public TranslatedText TitleVersions => Versions(t => t.Title, Title);
    public TranslatedText BodyVersions => Versions(t => t.Body, Body);

    TranslatedText Versions(Func<OpportunityTranslation, string> text, string original)
    {
        var versions = TranslatedText.Empty.With(Language ?? "en", new TextVersion(original, TranslationState.Original));
        foreach (var t in Translations.Where(t => t.Language != (Language ?? "en")))
            versions = versions.With(t.Language, new TextVersion(text(t), t.State));
        return versions;
    }
}

/// <summary>An opportunity's title and text in one more language.</summary>
public sealed class OpportunityTranslation
{
    public required string Language { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public TranslationState State { get; set; }
}

public enum InterestStatus { Pending, Accepted, Declined }

/// <summary>"We are interested": one organization answering another's opportunity, and the owner's reply.</summary>
public sealed class ExpressionOfInterest
{
    public int Id { get; private set; }
    public int OpportunityId { get; set; }
    public int OrganizationId { get; set; }
    public string? UserId { get; set; }
    public required string Message { get; set; }
    public InterestStatus Status { get; private set; }
    public string? Reply { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? AnsweredAt { get; private set; }

    public Organization? Organization { get; private set; }

    public string? Answer(bool accept, string? reply, DateTime now)
    {
        if (Status != InterestStatus.Pending)
            return $"Expression of interest {Id} was already answered ({Status}).";
        Status = accept ? InterestStatus.Accepted : InterestStatus.Declined;
        Reply = string.IsNullOrWhiteSpace(reply) ? null : reply.Trim();
        AnsweredAt = now;
        return null;
    }
}

sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Body).HasMaxLength(8000);
        builder.Property(o => o.TargetClusterId).HasMaxLength(40);
        builder.HasIndex(o => new { o.Status, o.Kind });
        builder.HasOne(o => o.Organization).WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Interests).WithOne().HasForeignKey(i => i.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.Language).HasMaxLength(2);
        builder.Ignore(o => o.TitleVersions);
        builder.Ignore(o => o.BodyVersions);
        builder.OwnsMany(o => o.Translations, t =>
        {
            t.ToTable("OpportunityTranslations");
            t.WithOwner().HasForeignKey("OpportunityId");
            t.HasKey("OpportunityId", nameof(OpportunityTranslation.Language));
            t.Property(x => x.Language).HasMaxLength(2);
            t.Property(x => x.Title).HasMaxLength(200);
            t.Property(x => x.Body).HasMaxLength(8000);
            t.Property(x => x.State).HasConversion<string>().HasMaxLength(10);
        });
    }
}

sealed class ExpressionOfInterestConfiguration : IEntityTypeConfiguration<ExpressionOfInterest>
{
    public void Configure(EntityTypeBuilder<ExpressionOfInterest> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Message).HasMaxLength(4000);
        builder.Property(i => i.Reply).HasMaxLength(4000);
        builder.HasIndex(i => new { i.OpportunityId, i.OrganizationId }).IsUnique();
        builder.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
