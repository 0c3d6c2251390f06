using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Directory;

sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(40);
        builder.Ignore(c => c.Name);
        builder.Ignore(c => c.Description);
        // The clusters of the agreement exist in every database: imports name them.
        builder.HasData(
            new Cluster { Id = Cluster.SeoulBioHub, NameKo = "서울바이오허브", NameZh = "首尔生物枢纽", NameEn = "Seoul Bio Hub", City = "Seoul", Country = "KR" },
            new Cluster { Id = Cluster.Liangjiang, NameKo = "량장 생명과학기술도시", NameZh = "两江生命科技城", NameEn = "Liangjiang Life Sci-Tech City", City = "Chongqing", Country = "CN" },
            new Cluster { Id = Cluster.Other, NameKo = "기타", NameZh = "其他", NameEn = "Other" });
    }
}

sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => o.ExternalId).IsUnique();
        builder.HasIndex(o => new { o.ClusterId, o.IsPublished });
        // Every node's search index asks every few seconds for what changed since its watermark.
        builder.HasIndex(o => new { o.UpdatedAt, o.Id });
        builder.Property(o => o.ExternalId).HasMaxLength(100);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.Group).HasMaxLength(100);
        builder.HasOne(o => o.Cluster).WithMany().HasForeignKey(o => o.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Sectors).WithOne().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(o => o.Name);
        builder.Ignore(o => o.Description);
        builder.Ignore(o => o.NameVersions);
        builder.Ignore(o => o.DescriptionVersions);
        builder.Property(o => o.DescriptionVisibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.PipelineVisibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.FiguresVisibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.ContactVisibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.TextStates).HasMaxLength(400);
    }
}

sealed class OrganizationSectorConfiguration : IEntityTypeConfiguration<OrganizationSector>
{
    public void Configure(EntityTypeBuilder<OrganizationSector> builder)
    {
        builder.HasKey(s => new { s.OrganizationId, s.ConceptCode });
        builder.HasIndex(s => s.ConceptCode);
        builder.Property(s => s.ConceptCode).HasMaxLength(80);
    }
}

sealed class TaxonomyConceptConfiguration : IEntityTypeConfiguration<TaxonomyConcept>
{
    public void Configure(EntityTypeBuilder<TaxonomyConcept> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(80);
        builder.Property(c => c.ParentCode).HasMaxLength(80);
    }
}
