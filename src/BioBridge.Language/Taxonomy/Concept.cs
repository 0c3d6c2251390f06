namespace BioBridge.Language;

/// <summary>A taxonomy concept: a code, a parent, and a label plus synonyms in each of ko, zh and en.</summary>
public sealed class Concept
{
    internal Concept(string code, string? parentCode, IReadOnlyDictionary<string, string> labels,
        IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms)
    {
        Code = code;
        ParentCode = parentCode;
        Labels = labels;
        Synonyms = synonyms;
    }

    public string Code { get; }
    public string? ParentCode { get; }
    public IReadOnlyDictionary<string, string> Labels { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms { get; }

    /// <summary>0 for a root concept.</summary>
    public int Depth { get; internal set; }

    public string LabelIn(string language) =>
        Labels.TryGetValue(language, out var label) ? label : Labels.GetValueOrDefault("en") ?? Code;

    /// <summary>Every label and synonym in every language: what concept extraction looks for.</summary>
    public IEnumerable<string> Terms =>
        Labels.Values.Concat(Synonyms.Values.SelectMany(s => s));

    public override string ToString() => Code;
}
