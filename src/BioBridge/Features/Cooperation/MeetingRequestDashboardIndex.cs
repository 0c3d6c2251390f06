using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

// Indexes the KPI dashboard needs on partnering tables, declared here so Partnering's mappings stay its own:
// requests are counted by the month they were sent, meetings held by the day of their slot.

sealed class MeetingRequestDashboardIndex : IEntityTypeConfiguration<MeetingRequest>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> builder) => builder.HasIndex(r => r.CreatedAt);
}
