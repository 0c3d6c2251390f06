using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reviews;

sealed class CallCriterionConfiguration : IEntityTypeConfiguration<CallCriterion>
{
    public void Configure(EntityTypeBuilder<CallCriterion> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.Name);
        builder.Ignore(c => c.NameVersions);
        builder.Property(c => c.TextStates).HasMaxLength(FieldLengths.TextStates);
    }
}
