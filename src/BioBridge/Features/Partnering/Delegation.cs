using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

/// <summary>
/// A group of delegates travelling together, such as the Liangjiang delegation to Seoul, with its itinerary of visits
/// and sessions. A member's agenda shows the itinerary, and its items block the meeting slots they overlap.
/// </summary>
public sealed class Delegation
{
    public int Id { get; private set; }
    public int EventId { get; set; }
    public string? NameKo { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    /// <summary>The cluster the delegation comes from.</summary>
    public string? ClusterId { get; set; }
    public List<ItineraryItem> Itinerary { get; private set; } = [];

    public LocalizedText Name => new(NameKo, NameZh, NameEn);
}

/// <summary>
/// A stop of a delegation's itinerary, in the event's time zone: a visit to an organization or site, or one of the
/// event's sessions the delegation attends together.
/// </summary>
public sealed class ItineraryItem
{
    public int Id { get; private set; }
    public int DelegationId { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Starts { get; set; }
    public TimeOnly Ends { get; set; }
    public required string Title { get; set; }
    public string? Place { get; set; }
    /// <summary>The organization visited, when the visit is to a member of the directory.</summary>
    public int? OrganizationId { get; set; }
    /// <summary>The event's session attended, when the item is a session.</summary>
    public int? SessionId { get; set; }

    public Organization? Organization { get; private set; }
}

sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.NameKo).HasMaxLength(200);
        builder.Property(d => d.NameZh).HasMaxLength(200);
        builder.Property(d => d.NameEn).HasMaxLength(200);
        builder.Property(d => d.ClusterId).HasMaxLength(64);
        builder.HasIndex(d => d.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Cluster>().WithMany().HasForeignKey(d => d.ClusterId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Itinerary).WithOne().HasForeignKey(i => i.DelegationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.Name);
    }
}

sealed class ItineraryItemConfiguration : IEntityTypeConfiguration<ItineraryItem>
{
    public void Configure(EntityTypeBuilder<ItineraryItem> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Place).HasMaxLength(200);
        builder.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<EventSession>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.SetNull);
    }
}
