using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Directory;

sealed class TaxonomyConceptConfiguration : IEntityTypeConfiguration<TaxonomyConcept>
{
    public void Configure(EntityTypeBuilder<TaxonomyConcept> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(FieldLengths.ConceptCode);
        builder.Property(c => c.ParentCode).HasMaxLength(FieldLengths.ConceptCode);
    }
}
