namespace BioBridge.Shared;

/// <summary>
/// Column lengths of the kinds of field that recur across features, named once so the EF mapping and the
/// validation of a field use the same number. A length only one field has is a constant on its entity.
/// </summary>
public static class FieldLengths
{
    /// <summary>ASP.NET Identity's user key column is 450 characters.</summary>
    public const int UserId = 450;

    /// <summary>Identity's e-mail and user name columns are 256 characters.</summary>
    public const int Email = 256;

    /// <summary>An enum stored by name: the longest member today is 21 characters (NotificationKind.RequestAwaitingAnswer).</summary>
    public const int EnumName = 32;

    /// <summary>A cluster's id such as "seoul-bio-hub"; the widest of the lengths tables used before (32, 40, 64), so no id gets cut.</summary>
    public const int ClusterId = 64;

    /// <summary>A URL part chosen by organizers; short enough to type, long enough for a readable phrase.</summary>
    public const int Slug = 100;

    /// <summary>A member's own id for an organization in imported sheets.</summary>
    public const int ExternalId = 100;

    /// <summary>A MIME type with its parameters as browsers send it.</summary>
    public const int ContentType = 100;

    /// <summary>The file name limit of common file systems.</summary>
    public const int FileName = 255;

    /// <summary>One line naming a person, organization, place or role.</summary>
    public const int Name = 200;

    /// <summary>A record's heading: long enough for a full project or paper title.</summary>
    public const int Title = 300;

    /// <summary>An IANA time zone id; the longest ("America/Argentina/ComodRivadavia") has 32 characters.</summary>
    public const int TimeZone = 64;

    /// <summary>A SHA-256 hash in hex.</summary>
    public const int TokenHash = 64;

    /// <summary>A web address typed or pasted by a person.</summary>
    public const int Url = 500;

    /// <summary>ISO 4217 currency code.</summary>
    public const int Currency = 3;

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public const int CountryCode = 2;

    /// <summary>A language tag: "ko", "zh", "en" today, room for a region such as "zh-TW".</summary>
    public const int LanguageCode = 8;

    /// <summary>A taxonomy concept code such as "targeted-protein-degradation"; the longest today has 32 characters.</summary>
    public const int ConceptCode = 80;

    /// <summary>Free text a person types: a message, comment, reply or summary.</summary>
    public const int LongText = 4000;

    /// <summary>Free text that reads like a document: call texts, abstracts, opportunity bodies.</summary>
    public const int DocumentText = 8000;

    /// <summary>The states of a row's texts in one column ("name.zh=machine;description.en=machine", TranslationStates).</summary>
    public const int TextStates = 400;
}
