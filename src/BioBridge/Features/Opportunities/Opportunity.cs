using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Opportunities;

/// <summary>The kinds of post of the Enterprise Europe Network partnering database, plus talent exchange.</summary>
public enum OpportunityKind { TechnologyOffer, TechnologyRequest, BusinessOffer, BusinessRequest, RdCooperation, TalentExchange }

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

    public Organization? Organization { get; private set; }
    public List<ExpressionOfInterest> Interests { get; private set; } = [];

    public bool AcceptsInterest(DateOnly today) => Status == OpportunityStatus.Open && (Deadline is null || Deadline >= today);
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
