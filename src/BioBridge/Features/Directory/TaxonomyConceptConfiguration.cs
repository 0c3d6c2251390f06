using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Directory;

sealed class TaxonomyConceptConfiguration : IEntityTypeConfiguration<TaxonomyConcept>
{
    public void Configure(EntityTypeBuilder<TaxonomyConcept> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(80);
        builder.Property(c => c.ParentCode).HasMaxLength(80);
    }
}
