using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Directory;

sealed class OrganizationSectorConfiguration : IEntityTypeConfiguration<OrganizationSector>
{
    public void Configure(EntityTypeBuilder<OrganizationSector> builder)
    {
        builder.HasKey(s => new { s.OrganizationId, s.ConceptCode });
        builder.HasIndex(s => s.ConceptCode);
        builder.Property(s => s.ConceptCode).HasMaxLength(FieldLengths.ConceptCode);
    }
}
