using BioBridge.Features.Accounts;

namespace BioBridge.Features.Directory;

/// <summary>The profile's visibility per field group.</summary>
public static class ProfileVisibility
{
    public static Visibility Of(Organization o, FieldGroup group) => group switch
    {
        FieldGroup.Description => o.DescriptionVisibility,
        FieldGroup.Pipeline => o.PipelineVisibility,
        FieldGroup.Figures => o.FiguresVisibility,
        _ => o.ContactVisibility,
    };

    public static bool Sees(this Reader reader, Organization o, FieldGroup group) => reader.Sees(Of(o, group), o.Id, o.ClusterId);

    /// <summary>
    /// A detached copy with the groups this reader may not see emptied: what pages, the API, the search index
    /// and exports hand out, so a hidden field cannot leak through any of them.
    /// </summary>
    public static Organization VisibleTo(this Organization o, Reader reader)
    {
        if (Enum.GetValues<FieldGroup>().All(g => reader.Sees(o, g)))
            return o;
        var copy = o.CopyForReader();
        if (!reader.Sees(o, FieldGroup.Description))
            (copy.DescriptionKo, copy.DescriptionZh, copy.DescriptionEn) = (null, null, null);
        if (!reader.Sees(o, FieldGroup.Pipeline))
            (copy.Offers, copy.Needs, copy.PhraseTranslations) = ([], [], null);
        if (!reader.Sees(o, FieldGroup.Figures))
            (copy.Founded, copy.Employees, copy.Patents) = (null, null, null);
        if (!reader.Sees(o, FieldGroup.Contact))
            (copy.Website, copy.City) = (null, null);
        return copy;
    }

    public static string Code(Visibility v) => v switch
    {
        Visibility.Public => "public",
        Visibility.Members => "members",
        _ => "private",
    };

    public static Visibility? Parse(string? code) => code switch
    {
        "public" => Visibility.Public,
        "members" => Visibility.Members,
        "private" => Visibility.Private,
        _ => null,
    };
}
