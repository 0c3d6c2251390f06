using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

/// <summary>Where an organization stands in an operator's scouting: stages in the order scouting goes.</summary>
public enum ScoutingStage { Discovered, Contacted, Evaluated, Introduced, Partnered }

/// <summary>A cluster's watchlist of organizations its operators scout; only that cluster's operators (or admins) manage it.</summary>
public sealed class ScoutingPipeline
{
    public const int MaxNameLength = 200;

    public int Id { get; private set; }
    public required string ClusterId { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool IsSample { get; set; }
    public List<WatchlistEntry> Entries { get; set; } = [];
}

public static class ScoutingPipelineScope
{
    /// <summary>
    /// The pipelines an actor manages: their cluster's, or all for an admin. Filtered in the query, so another cluster's
    /// pipeline is simply not found (404) and its existence is not confirmed.
    /// </summary>
    public static IQueryable<ScoutingPipeline> ManagedBy(this IQueryable<ScoutingPipeline> pipelines, CooperationActor actor) =>
        actor.IsAdmin ? pipelines : pipelines.Where(p => p.ClusterId == actor.ClusterId);
}

public sealed class WatchlistEntry
{
    public const int MaxNotesLength = 4000;

    public int Id { get; private set; }
    public int PipelineId { get; set; }
    public int OrganizationId { get; set; }
    public ScoutingStage Stage { get; set; }
    /// <summary>The operator who follows this organization up.</summary>
    public required string Owner { get; set; }
    public string Notes { get; set; } = "";
    public DateTime UpdatedAt { get; set; }

    public Organization? Organization { get; private set; }
}

sealed class ScoutingPipelineConfiguration : IEntityTypeConfiguration<ScoutingPipeline>
{
    public void Configure(EntityTypeBuilder<ScoutingPipeline> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.ClusterId).HasMaxLength(40);
        builder.Property(p => p.Name).HasMaxLength(ScoutingPipeline.MaxNameLength);
        builder.HasOne<Cluster>().WithMany().HasForeignKey(p => p.ClusterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Entries).WithOne().HasForeignKey(e => e.PipelineId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class WatchlistEntryConfiguration : IEntityTypeConfiguration<WatchlistEntry>
{
    public void Configure(EntityTypeBuilder<WatchlistEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Owner).HasMaxLength(200);
        builder.Property(e => e.Notes).HasMaxLength(WatchlistEntry.MaxNotesLength);
        builder.HasIndex(e => new { e.PipelineId, e.OrganizationId }).IsUnique();
        builder.HasOne(e => e.Organization).WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
