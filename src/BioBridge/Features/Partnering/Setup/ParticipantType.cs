using BioBridge.Data;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

/// <summary>What a delegate comes as; an organizer may cap the meetings of each type.</summary>
public enum ParticipantType { Other, Buyer, Seller, Investor, Startup }
