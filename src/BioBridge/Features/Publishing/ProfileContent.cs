using BioBridge.Features.Directory;

namespace BioBridge.Features.Publishing;

/// <summary>A whole profile as a member proposes it.</summary>
public sealed record ProfileContent(
    TranslatedText Name, TranslatedText Description, IReadOnlyList<string> Offers, IReadOnlyList<string> Needs,
    int? Founded, int? Employees, int? Patents, string? City, string? Website, IReadOnlyList<string> Sectors,
    Visibility DescriptionVisibility, Visibility PipelineVisibility, Visibility FiguresVisibility, Visibility ContactVisibility)
{
    public static ProfileContent Of(Organization o) => new(
        o.NameVersions, o.DescriptionVersions, o.Offers, o.Needs, o.Founded, o.Employees, o.Patents, o.City, o.Website,
        o.SectorsInferred ? [] : o.Sectors.Select(s => s.ConceptCode).ToList(),
        o.DescriptionVisibility, o.PipelineVisibility, o.FiguresVisibility, o.ContactVisibility);
}
