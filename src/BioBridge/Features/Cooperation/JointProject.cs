using BioBridge.Features.Directory;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

public enum ProjectKind { Rnd, Business }

public enum ProjectStatus { Proposed, Active, Completed, Cancelled }

/// <summary>
/// An R&D or business project between organizations of both clusters, linked to the agreement it serves and/or the
/// partnering meeting that started it.
/// </summary>
public sealed class JointProject
{
    public const int MaxTitleLength = 300;

    public int Id { get; private set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public ProjectKind Kind { get; set; }
    public ProjectStatus Status { get; set; }
    public int? AgreementId { get; set; }
    public int? MeetingId { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public decimal? Budget { get; set; }
    public string? BudgetCurrency { get; set; }
    public bool IsSample { get; set; }
    public List<ProjectPartner> Partners { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
}

public sealed class ProjectPartner
{
    public int ProjectId { get; set; }
    public int OrganizationId { get; set; }
    /// <summary>Lead, partner, funder... as the project agreement names the role.</summary>
    public string? Role { get; set; }

    public Organization? Organization { get; private set; }
}

public sealed class Milestone
{
    public int Id { get; private set; }
    public int ProjectId { get; set; }
    public required string Title { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? ReachedOn { get; set; }
}

sealed class JointProjectConfiguration : IEntityTypeConfiguration<JointProject>
{
    public void Configure(EntityTypeBuilder<JointProject> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(JointProject.MaxTitleLength);
        builder.Property(p => p.Summary).HasMaxLength(4000);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.BudgetCurrency).HasMaxLength(3);
        builder.Property(p => p.Budget).HasPrecision(18, 2);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Partners).WithOne().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.Status, p.StartedOn });
        builder.HasIndex(p => p.AgreementId);
    }
}

sealed class ProjectPartnerConfiguration : IEntityTypeConfiguration<ProjectPartner>
{
    public void Configure(EntityTypeBuilder<ProjectPartner> builder)
    {
        builder.HasKey(p => new { p.ProjectId, p.OrganizationId });
        builder.Property(p => p.Role).HasMaxLength(100);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.OrganizationId);
    }
}

sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Title).HasMaxLength(300);
    }
}
