using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

sealed class MeetingFollowUpConfiguration : IEntityTypeConfiguration<MeetingFollowUp>
{
    public void Configure(EntityTypeBuilder<MeetingFollowUp> builder)
    {
        builder.ToTable("MeetingFollowUps");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.NextStepInterest).HasMaxLength(MeetingFollowUp.MaxInterestLength);
        builder.Property(f => f.OutcomeType).HasMaxLength(MeetingFollowUp.MaxOutcomeTypeLength);
        builder.Property(f => f.Note).HasMaxLength(MeetingFollowUp.NoteLimit);
        builder.HasIndex(f => new { f.MeetingId, f.DelegateId }).IsUnique();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EventDelegate>().WithMany().HasForeignKey(f => f.DelegateId).OnDelete(DeleteBehavior.Cascade);
    }
}
