using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

public enum PreferenceLevel { MustMeet, Meet, NoThanks }
