using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Directory;

sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => o.ExternalId).IsUnique();
        builder.HasIndex(o => new { o.ClusterId, o.IsPublished });
        // Every node's search index asks every few seconds for what changed since its watermark.
        builder.HasIndex(o => new { o.UpdatedAt, o.Id });
        builder.Property(o => o.ExternalId).HasMaxLength(FieldLengths.ExternalId);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(o => o.Country).HasMaxLength(FieldLengths.CountryCode);
        builder.Property(o => o.Website).HasMaxLength(FieldLengths.Url);
        builder.Property(o => o.Group).HasMaxLength(Organization.MaxGroupLength);
        builder.HasOne(o => o.Cluster).WithMany().HasForeignKey(o => o.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Sectors).WithOne().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // Mapped from this side: Accounts does not know Directory's types.
        builder.HasMany<Invitation>().WithOne().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(o => o.Name);
        builder.Ignore(o => o.Description);
        builder.Ignore(o => o.NameVersions);
        builder.Ignore(o => o.DescriptionVersions);
        builder.Property(o => o.DescriptionVisibility).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(o => o.PipelineVisibility).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(o => o.FiguresVisibility).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(o => o.ContactVisibility).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(o => o.TextStates).HasMaxLength(Organization.MaxTextStatesLength);
    }
}
