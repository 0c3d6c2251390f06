using BioBridge.Language;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Events;

public enum SessionKind { Exhibition, Awards, Forum, Conference, Partnering }
