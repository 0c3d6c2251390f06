using System.Text.Json;

namespace BioBridge.Language;

/// <summary>The trilingual bio-industry taxonomy: the bridge between languages for search and matching.</summary>
public sealed class Taxonomy
{
    static readonly Lazy<Taxonomy> Embedded = new(LoadEmbedded);

    readonly Dictionary<string, Concept> byCode;
    readonly Dictionary<string, Concept> byFoldedTerm;
    readonly Dictionary<string, List<Concept>> children;

    Taxonomy(List<Concept> concepts)
    {
        Concepts = concepts;
        byCode = concepts.ToDictionary(c => c.Code, StringComparer.Ordinal);
        children = concepts.Where(c => c.ParentCode is not null)
            .GroupBy(c => c.ParentCode!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        byFoldedTerm = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            concept.Depth = AncestorsOf(concept.Code).Count();
            foreach (var term in concept.Terms.Prepend(concept.Code))
                byFoldedTerm.TryAdd(TermKey(term), concept);
        }
    }

    /// <summary>The taxonomy shipped in this assembly (Taxonomy/taxonomy.json).</summary>
    public static Taxonomy Default => Embedded.Value;

    public IReadOnlyList<Concept> Concepts { get; }

    public Concept? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>A concept named by its code or by any label or synonym in any language (case, width and spacing ignored).</summary>
    public Concept? Resolve(string codeOrTerm) =>
        string.IsNullOrWhiteSpace(codeOrTerm) ? null
            : byCode.GetValueOrDefault(codeOrTerm.Trim()) ?? byFoldedTerm.GetValueOrDefault(TermKey(codeOrTerm));

    public IEnumerable<Concept> ChildrenOf(string code) =>
        children.TryGetValue(code, out var list) ? list : [];

    public IEnumerable<Concept> DescendantsOf(string code)
    {
        foreach (var child in ChildrenOf(code))
        {
            yield return child;
            foreach (var grandchild in DescendantsOf(child.Code))
                yield return grandchild;
        }
    }

    /// <summary>Parent first, root last.</summary>
    public IEnumerable<Concept> AncestorsOf(string code)
    {
        var current = Find(code);
        while (current?.ParentCode is { } parent && Find(parent) is { } next)
        {
            yield return next;
            current = next;
        }
    }

    /// <summary>Edges between two concepts through their lowest common ancestor; null when they share no root.</summary>
    public int? Distance(string a, string b)
    {
        if (a == b)
            return 0;
        var up = new Dictionary<string, int>(StringComparer.Ordinal) { [a] = 0 };
        var steps = 0;
        foreach (var ancestor in AncestorsOf(a))
            up[ancestor.Code] = ++steps;
        if (up.TryGetValue(b, out var direct))
            return direct;
        steps = 0;
        foreach (var ancestor in AncestorsOf(b))
        {
            steps++;
            if (up.TryGetValue(ancestor.Code, out var fromA))
                return fromA + steps;
        }
        return null;
    }

    /// <summary>Reads the taxonomy data format; every problem names the concept and field.</summary>
    public static Taxonomy Parse(string json)
    {
        TaxonomyFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TaxonomyFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new TaxonomyFormatException($"taxonomy: not valid JSON ({e.Message})");
        }
        if (file?.Concepts is null)
            throw new TaxonomyFormatException("taxonomy: missing \"concepts\" array");

        var problems = new List<string>();
        var concepts = new List<Concept>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Concepts.Count; i++)
        {
            var entry = file.Concepts[i];
            var where = $"concept #{i + 1}{(entry.Code is null ? "" : $" '{entry.Code}'")}";
            if (string.IsNullOrWhiteSpace(entry.Code))
            {
                problems.Add($"{where}: missing code");
                continue;
            }
            if (!codes.Add(entry.Code))
                problems.Add($"{where}: duplicate code");
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var language in LocalizedText.Languages)
            {
                if (entry.Labels?.GetValueOrDefault(language) is { } label && !string.IsNullOrWhiteSpace(label))
                    labels[language] = label.Trim();
                else
                    problems.Add($"{where}: missing label for '{language}'");
            }
            var synonyms = LocalizedText.Languages.ToDictionary(l => l,
                l => (IReadOnlyList<string>)(entry.Synonyms?.GetValueOrDefault(l) ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList(),
                StringComparer.Ordinal);
            concepts.Add(new Concept(entry.Code, string.IsNullOrWhiteSpace(entry.Parent) ? null : entry.Parent, labels, synonyms));
        }
        foreach (var concept in concepts.Where(c => c.ParentCode is not null && !codes.Contains(c.ParentCode)))
            problems.Add($"concept '{concept.Code}': parent '{concept.ParentCode}' is not a concept");
        if (problems.Count == 0)
            problems.AddRange(Cycles(concepts));
        if (problems.Count > 0)
            throw new TaxonomyFormatException("taxonomy: " + string.Join("; ", problems));
        return new Taxonomy(concepts);
    }

    static IEnumerable<string> Cycles(List<Concept> concepts)
    {
        var parents = concepts.ToDictionary(c => c.Code, c => c.ParentCode, StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { concept.Code };
            for (var p = concept.ParentCode; p is not null; p = parents[p])
                if (!seen.Add(p))
                {
                    yield return $"concept '{concept.Code}': its parents form a cycle";
                    break;
                }
        }
    }

    // Spacing is optional in Korean compounds ("세포 치료제" = "세포치료제"), so lookups ignore it.
    static string TermKey(string term) =>
        new(TextFolding.Fold(term).Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '_').ToArray());

    static Taxonomy LoadEmbedded()
    {
        using var stream = typeof(Taxonomy).Assembly.GetManifestResourceStream("BioBridge.Language.taxonomy.json")
            ?? throw new InvalidOperationException("The taxonomy resource is missing from BioBridge.Language.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    sealed record TaxonomyFile(int Version, List<ConceptEntry>? Concepts);

    sealed record ConceptEntry(string? Code, string? Parent, Dictionary<string, string>? Labels, Dictionary<string, List<string>>? Synonyms);
}
