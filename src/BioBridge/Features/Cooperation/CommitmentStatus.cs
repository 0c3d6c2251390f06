using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

public enum CommitmentStatus { Open, Overdue, DoneOnTime, DoneLate }
