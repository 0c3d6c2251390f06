using BioBridge.Language;

namespace BioBridge.Features.Directory;

/// <summary>A member of a cluster: company, hospital, university, institute or agency.</summary>
public sealed class Organization
{
    /// <summary>A group of companies or a holding, as members name it.</summary>
    public const int MaxGroupLength = 100;
    /// <summary>Translation states of the profile's texts, packed in one column.</summary>
    public const int MaxTextStatesLength = FieldLengths.TextStates;
    /// <summary>Its TranslationJob.Subject: its public description, offers and needs are translated by the queue while it is published.</summary>
    public const string TranslationSubject = "organization";
    /// <summary>The phrase lists' names in PhraseTranslations and in the queue's jobs.</summary>
    public const string OffersField = "offers";
    public const string NeedsField = "needs";

    public int Id { get; private set; }
    /// <summary>The stable key of the row's source (docs/contracts.md section 2).</summary>
    public required string ExternalId { get; init; }
    public required string ClusterId { get; set; }
    public OrganizationKind Kind { get; set; }
    public string? NameKo { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionKo { get; set; }
    public string? DescriptionZh { get; set; }
    public string? DescriptionEn { get; set; }
    public List<string> Offers { get; set; } = [];
    public List<string> Needs { get; set; } = [];
    public int? Founded { get; set; }
    public int? Employees { get; set; }
    public int? Patents { get; set; }
    public List<string> ExportRegions { get; set; } = [];
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Website { get; set; }
    /// <summary>Corporate group: organizations of one group are never recommended to each other.</summary>
    public string? Group { get; set; }
    /// <summary>Fictional demo content, shown with a badge.</summary>
    public bool IsSample { get; set; }
    public bool IsPublished { get; set; } = true;
    /// <summary>True when the sectors were inferred from the text because the source gave none.</summary>
    public bool SectorsInferred { get; set; }
    public List<OrganizationSector> Sectors { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Who reads each field group (docs/publishing.md); name, cluster, kind, country and sectors are always public.</summary>
    public Visibility DescriptionVisibility { get; set; }
    public Visibility PipelineVisibility { get; set; }
    public Visibility FiguresVisibility { get; set; }
    public Visibility ContactVisibility { get; set; }
    /// <summary>Machine-drafted and verified language versions of the name and description (TranslationStates); the rest are originals.</summary>
    public string? TextStates { get; set; }
    /// <summary>
    /// Machine translations of the offers and needs, which are written in one language: JSON {"offers.ko": [...]}
    /// (MachinePhrases). They are always machine drafts; a changed list drops its own.
    /// </summary>
    public string? PhraseTranslations { get; set; }

    public Cluster? Cluster { get; private set; }

    public LocalizedText Name => new(NameKo, NameZh, NameEn);
    public LocalizedText Description => new(DescriptionKo, DescriptionZh, DescriptionEn);

    public TranslatedText NameVersions => TranslatedText.From(Name, l => TranslationStates.Get(TextStates, "name", l));
    public TranslatedText DescriptionVersions => TranslatedText.From(Description, l => TranslationStates.Get(TextStates, "description", l));

    /// <summary>The offers or needs machine-translated into one language, or null when there are none.</summary>
    public IReadOnlyList<string>? MachinePhrases(string field, string language) =>
        Directory.MachinePhrases.Read(PhraseTranslations).GetValueOrDefault(field + "." + language);

    public IEnumerable<string> MachinePhrasesInAnyLanguage(string field) => LocalizedText.Languages.SelectMany(l => MachinePhrases(field, l) ?? []);

    /// <summary>Stores a list's translation into one language; null drops it.</summary>
    public void SetMachinePhrases(string field, string language, IReadOnlyList<string>? phrases) =>
        PhraseTranslations = Directory.MachinePhrases.With(PhraseTranslations, field + "." + language, phrases);

    /// <summary>A changed list's translations no longer say what it says.</summary>
    public void DropMachinePhrases(string field)
    {
        foreach (var language in LocalizedText.Languages)
            SetMachinePhrases(field, language, null);
    }

    /// <summary>A shallow copy for one reader, whose hidden field groups the caller then empties (ProfileVisibility.VisibleTo).</summary>
    internal Organization CopyForReader() => (Organization)MemberwiseClone();
}
