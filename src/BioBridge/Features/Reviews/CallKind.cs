using BioBridge.Features.Cooperation;
using BioBridge.Features.Events;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reviews;

public enum CallKind { Award, JointRd }
