using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class InterpreterConfiguration : IEntityTypeConfiguration<Interpreter>
{
    public void Configure(EntityTypeBuilder<Interpreter> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Name).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(i => i.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
