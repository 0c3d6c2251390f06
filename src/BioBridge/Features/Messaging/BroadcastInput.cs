using BioBridge.Data;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Messaging;

public sealed record BroadcastInput(string? Subject, string? Body);
