using BioBridge.Features.Directory;
using BioBridge.Features.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Opportunities;

public enum InterestStatus { Pending, Accepted, Declined }
