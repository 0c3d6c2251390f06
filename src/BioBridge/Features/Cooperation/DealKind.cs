using BioBridge.Features.Directory;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

public enum DealKind { Licensing, Distribution, JointVenture, Investment, CoDevelopment, Supply, TalentExchange }
