using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

sealed class ActivityDayConfiguration : IEntityTypeConfiguration<ActivityDay>
{
    public void Configure(EntityTypeBuilder<ActivityDay> builder)
    {
        builder.ToTable("ActivityDays");
        builder.HasKey(a => new { a.Measure, a.Day, a.Clusters });
        builder.Property(a => a.Measure).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(a => a.Clusters).HasMaxLength(ActivityDay.MaxClustersLength);
    }
}
