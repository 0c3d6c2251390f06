using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Features.Opportunities;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Messaging;

public enum ThreadKind { MeetingRequest, Opportunity, Broadcast }
