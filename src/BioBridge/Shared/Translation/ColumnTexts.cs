using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>
/// The texts of a row kept in a column per language (TitleKo, TitleZh, TitleEn) with their states in one TextStates
/// column (TranslationStates): an event, a programme session and a call as the translation queue sees them. A column
/// a person filled is the original; a draft the queue stores is marked machine.
/// </summary>
public sealed class ColumnTexts(string? states, Action<string?> setStates)
{
    sealed record Column(string Field, LocalizedText Text, int? MaxLength, Action<string, string?> Write);

    readonly List<Column> columns = [];
    string? states = states;

    public static TranslatedText Versions(string? states, string field, LocalizedText text) =>
        TranslatedText.From(text, l => TranslationStates.Get(states, field, l));

    /// <summary>One text: its field name in TextStates, its versions, the longest a column takes, and how a language's column is written.</summary>
    public ColumnTexts With(string field, LocalizedText text, Action<string, string?> write, int? maxLength = null)
    {
        columns.Add(new Column(field, text, maxLength, write));
        return this;
    }

    public IEnumerable<TranslatableField> Fields(bool isPublic) => columns
        .Select(c => TranslatableField.Of(c.Field, Versions(states, c.Field, c.Text), isPublic, [], (language, texts, _) => Store(c, language, texts[0])))
        .OfType<TranslatableField>();

    /// <summary>Every machine draft dropped: what a person wrote stays.</summary>
    public void DropMachineDrafts()
    {
        var written = new List<(string Field, TranslatedText Text)>();
        foreach (var column in columns)
        {
            var versions = Versions(states, column.Field, column.Text);
            foreach (var language in LocalizedText.Languages.Where(l => versions.Get(l)?.State == TranslationState.Machine))
            {
                column.Write(language, null);
                versions = versions.With(language, null);
            }
            written.Add((column.Field, versions));
        }
        SetStates(TranslationStates.Encode(written));
    }

    string? Store(Column column, string language, string text)
    {
        if (text.Length > column.MaxLength)
            return $"the translated {column.Field} has {text.Length:N0} characters, more than {column.MaxLength:N0}";
        var encoded = TranslationStates.Encode(columns.Select(c => (c.Field, c == column
            ? Versions(states, c.Field, c.Text).With(language, new TextVersion(text, TranslationState.Machine))
            : Versions(states, c.Field, c.Text))));
        if (encoded.Length > FieldLengths.TextStates)
            return "the translation states do not fit their column";
        column.Write(language, text);
        SetStates(encoded);
        return null;
    }

    void SetStates(string encoded)
    {
        states = encoded.Length == 0 ? null : encoded;
        setStates(states);
    }
}
