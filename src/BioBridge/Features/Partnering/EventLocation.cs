using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

/// <summary>A table hosts one onsite meeting per slot; a virtual room hosts any number of online meetings.</summary>
public enum LocationKind { Table, Virtual }

/// <summary>Where meetings happen: a numbered table in the partnering lounge, or an online room.</summary>
public sealed class EventLocation
{
    public int Id { get; private set; }
    public int EventId { get; set; }
    /// <summary>What the table sign and the agenda show, such as T01; the location's id in a scheduling instance.</summary>
    public required string Code { get; set; }
    public LocationKind Kind { get; set; }
    /// <summary>For a virtual room: the link participants join.</summary>
    public string? Url { get; set; }

    public string InstanceKind => Kind == LocationKind.Table ? "table" : "virtual";
}

sealed class EventLocationConfiguration : IEntityTypeConfiguration<EventLocation>
{
    public void Configure(EntityTypeBuilder<EventLocation> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Code).HasMaxLength(40);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Url).HasMaxLength(400);
        builder.HasIndex(l => new { l.EventId, l.Code }).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(l => l.InstanceKind);
    }
}
