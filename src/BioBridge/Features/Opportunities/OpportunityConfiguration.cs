using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Opportunities;

sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(o => o.Title).HasMaxLength(Opportunity.MaxTitleLength);
        builder.Property(o => o.Body).HasMaxLength(FieldLengths.DocumentText);
        builder.Property(o => o.TargetClusterId).HasMaxLength(FieldLengths.ClusterId);
        builder.HasIndex(o => new { o.Status, o.Kind });
        builder.HasOne(o => o.Organization).WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Interests).WithOne().HasForeignKey(i => i.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Visibility).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(o => o.Language).HasMaxLength(FieldLengths.LanguageCode);
        builder.Ignore(o => o.TitleVersions);
        builder.Ignore(o => o.BodyVersions);
        builder.OwnsMany(o => o.Translations, t =>
        {
            t.ToTable("OpportunityTranslations");
            t.WithOwner().HasForeignKey("OpportunityId");
            t.HasKey("OpportunityId", nameof(OpportunityTranslation.Language));
            t.Property(x => x.Language).HasMaxLength(FieldLengths.LanguageCode);
            t.Property(x => x.Title).HasMaxLength(Opportunity.MaxTitleLength);
            t.Property(x => x.Body).HasMaxLength(FieldLengths.DocumentText);
            t.Property(x => x.State).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        });
    }
}
