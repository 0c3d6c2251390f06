using BioBridge.Features.Opportunities;

namespace BioBridge.Features.Publishing;

/// <summary>A whole opportunity as a member proposes it; Language is the original's.</summary>
public sealed record OpportunityContent(
    OpportunityKind Kind, string Language, TranslatedText Title, TranslatedText Body, IReadOnlyList<string> Concepts,
    DateOnly? Deadline, string? TargetCluster, Visibility Visibility)
{
    public static OpportunityContent Of(Opportunity o) => new(
        o.Kind, o.Language ?? "en", o.TitleVersions, o.BodyVersions, o.Concepts, o.Deadline, o.TargetClusterId, o.Visibility);
}
