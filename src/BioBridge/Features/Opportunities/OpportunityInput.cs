using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Directory;
using BioBridge.Features.Publishing;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

public sealed record OpportunityInput(
    OpportunityKind Kind, string? Title, string? Body, IReadOnlyList<string>? Concepts, DateOnly? Deadline, string? TargetCluster,
    Visibility Visibility = Visibility.Public, string? Language = null, IReadOnlyList<TranslationInput>? Translations = null);
