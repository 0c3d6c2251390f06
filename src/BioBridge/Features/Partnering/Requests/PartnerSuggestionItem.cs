using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.Extensions.Localization;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record PartnerSuggestionItem(DelegateItem Delegate, double Score, IReadOnlyList<string> Reasons);
