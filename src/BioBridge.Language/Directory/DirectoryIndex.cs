namespace BioBridge.Language;

/// <summary>
/// The in-memory directory index: words of every language joined to their translations by the lexical bridge
/// (<see cref="LexicalBridge"/>), plus taxonomy concepts (tagged and extracted) as a precision layer.
/// Safe for concurrent searches while upserts happen.
/// </summary>
public sealed partial class DirectoryIndex
{
    const float K1 = 1.2f, B = 0.75f;
    // A concept match weighs about as much as two matching words.
    const float ConceptBoost = 2.2f;
    // Narrower concepts count for the broader one a query names ("cell therapy" finds CAR-T), a little less.
    const float NarrowerWeight = 0.8f;
    // A search for X should list those who do X before those who only seek it.
    const float SoughtOnlyWeight = 0.5f;

    readonly Taxonomy taxonomy;
    readonly ConceptExtractor extractor;
    readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);

    readonly List<Entry> entries = [];
    readonly Dictionary<string, int> slotOf = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> conceptIds = new(StringComparer.Ordinal);
    readonly List<Concept> conceptById = [];
    readonly List<string> conceptCodes = [];
    readonly ConceptPostings concepts = new(), offers = new(), needs = new();
    readonly Facet clusters = new(), kinds = new(), regions = new(), groups = new();
    readonly List<SlotFacts> facts = [];
    // The concept and region ids the facts' ranges point into.
    readonly List<int> factIds = [];
    int deleted;
    // Bumped by every change, so cached per-entry norms know when IDF has moved.
    int version;
    int[]? nameOrder;

    readonly bool cacheAnswers;

    // cacheAnswers: serve repeated searches and recommendations from memory until the index changes; benchmarks turn it off to time the work itself.
    public DirectoryIndex(Taxonomy taxonomy, bool cacheAnswers = true)
    {
        this.taxonomy = taxonomy;
        this.cacheAnswers = cacheAnswers;
        extractor = new ConceptExtractor(taxonomy);
        bridge = LexicalBridge.Default;
        ChineseSegmenter.AddWords(taxonomy.Concepts.SelectMany(c => c.Terms));
        foreach (var concept in taxonomy.Concepts)
        {
            conceptIds[concept.Code] = conceptById.Count;
            conceptById.Add(concept);
            conceptCodes.Add(concept.Code);
        }
    }

    public int Count
    {
        get
        {
            gate.EnterReadLock();
            try { return entries.Count - deleted; }
            finally { gate.ExitReadLock(); }
        }
    }

    /// <summary>Adds or replaces organizations by external id. Analysis runs outside the lock, so searches go on meanwhile.</summary>
    public void UpsertMany(IEnumerable<OrganizationDocument> documents)
    {
        var analyzed = documents.AsParallel().AsOrdered().Select(Analyze).ToList();
        gate.EnterWriteLock();
        try
        {
            foreach (var a in analyzed)
                Insert(a);
            if (deleted > 1000 && deleted > entries.Count / 2)
                Compact();
            nameOrder = null;
            version++;
            ForgetAnswers();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    void ForgetAnswers()
    {
        searchCache.Clear();
        recommendCache.Clear();
    }

    /// <summary>Codes of the concepts an organization carries (tagged and found in its text).</summary>
    public IReadOnlyList<string> ConceptsOf(string externalId)
    {
        gate.EnterReadLock();
        try
        {
            return slotOf.TryGetValue(externalId, out var slot)
                ? entries[slot].Concepts.Select(c => conceptById[c].Code).ToList()
                : [];
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    sealed record Analyzed(OrganizationDocument Document, BridgeTerms Bridge,
        HashSet<string> Concepts, HashSet<string> Offers, HashSet<string> Needs, HashSet<string> SoughtOnly, string SortName);

    Analyzed Analyze(OrganizationDocument d)
    {
        // Sentences of a description that say what the organization seeks are needs, as the needs field is.
        var sentences = d.Description.Present().SelectMany(p => NeedSentences.Of(p.Text)).ToList();
        var offered = Codes(d.Offers);
        var needed = Codes(d.Needs.Concat(sentences.Where(s => s.Seeks).Select(s => s.Text)));
        var all = d.ConceptCodes.Where(c => taxonomy.Find(c) is not null).ToHashSet(StringComparer.Ordinal);
        all.UnionWith(Codes(d.Name.Present().Select(p => p.Text)));
        all.UnionWith(Codes(sentences.Where(s => !s.Seeks).Select(s => s.Text)));
        all.UnionWith(offered);
        var soughtOnly = needed.Except(all).ToHashSet(StringComparer.Ordinal);
        all.UnionWith(needed);
        var sortName = TextFolding.Fold(d.Name.Get("en") ?? d.Name.Any() ?? d.ExternalId);
        // A profile told in three languages is not three times as long for BM25: normalize per language.
        var languages = Math.Max(1, d.Name.Present().Select(p => p.Language).Union(d.Description.Present().Select(p => p.Language)).Count());
        // Lengths on a 1/64 grid add up exactly in a double, so the average does not drift with the order of updates.
        var bridged = AnalyzeBridge(d);
        bridged.Length = MathF.Round(bridged.Length / languages * 64f) / 64f;
        return new Analyzed(d, bridged, all, offered, needed, soughtOnly, sortName);
    }

    HashSet<string> Codes(IEnumerable<string?> texts) => extractor.ConceptCodes(texts).ToHashSet(StringComparer.Ordinal);

    void Insert(Analyzed a)
    {
        var d = a.Document;
        if (slotOf.TryGetValue(d.ExternalId, out var old))
            Delete(old);
        var slot = entries.Count;
        var entry = new Entry(d, a.SortName, InsertBridge(slot, a.Bridge),
            Ids(a.Concepts), Ids(a.Offers), Ids(a.Needs),
            clusters.Id(d.Cluster), kinds.Id(d.Kind), d.ExportRegions.Select(regions.Id).Distinct().ToArray());
        entries.Add(entry);
        facts.Add(Facts(entry));
        slotOf[d.ExternalId] = slot;
        entry.ConceptWeights = concepts.Add(slot, entry.Concepts, this, a.SoughtOnly.Select(c => conceptIds[c]).ToHashSet());
        offers.Add(slot, entry.Offers, this);
        needs.Add(slot, entry.Needs, this);
    }

    SlotFacts Facts(Entry entry)
    {
        var conceptStart = factIds.Count;
        factIds.AddRange(entry.Concepts);
        var regionStart = factIds.Count;
        factIds.AddRange(entry.Regions);
        return new SlotFacts(entry.Cluster, entry.Kind, entry.Group is { } g ? groups.Id(g) : -1, entry.Published, false,
            conceptStart, entry.Concepts.Length, regionStart, entry.Regions.Length);
    }

    ReadOnlySpan<int> ConceptsAt(in SlotFacts f) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(factIds).Slice(f.ConceptStart, f.ConceptCount);

    ReadOnlySpan<int> RegionsAt(in SlotFacts f) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(factIds).Slice(f.RegionStart, f.RegionCount);

    int[] Ids(IEnumerable<string> codes) => codes.Select(c => conceptIds[c]).Order().ToArray();

    void Delete(int slot)
    {
        var entry = entries[slot];
        if (entry.Deleted)
            return;
        entry.Deleted = true;
        facts[slot] = facts[slot] with { Deleted = true };
        deleted++;
        DeleteBridge(slot, entry.Words);
        concepts.Remove(entry.Concepts, this);
        offers.Remove(entry.Offers, this);
        needs.Remove(entry.Needs, this);
    }

    // Postings of replaced organizations stay until there are many; then everything is rebuilt from the live entries.
    void Compact()
    {
        var live = entries.Where(e => !e.Deleted).Select(e => e.Document).ToList();
        entries.Clear();
        facts.Clear();
        factIds.Clear();
        slotOf.Clear();
        ClearBridge();
        concepts.Clear();
        offers.Clear();
        needs.Clear();
        deleted = 0;
        foreach (var a in live.AsParallel().AsOrdered().Select(Analyze).ToList())
            Insert(a);
    }

    /// <summary>The concept and every broader concept above it, with the weight a match through it carries.</summary>
    IEnumerable<(int Concept, float Weight)> WithAncestors(int concept)
    {
        yield return (concept, 1f);
        var weight = 1f;
        foreach (var ancestor in taxonomy.AncestorsOf(conceptById[concept].Code))
        {
            weight *= NarrowerWeight;
            yield return (conceptIds[ancestor.Code], weight);
        }
    }

    float ConceptIdf(int concept)
    {
        var df = concepts.Count(concept);
        var n = Math.Max(1, entries.Count - deleted);
        return MathF.Log(1f + n / (float)Math.Max(1, df));
    }

    float WordIdf(int surface) => Idf(surfaceLive[surface], Math.Max(1, entries.Count - deleted));

    readonly record struct Posting(int Slot, float Weight);

    sealed class Entry(OrganizationDocument document, string sortName, (int Surface, float Tf)[] words,
        int[] concepts, int[] offers, int[] needs, int cluster, int kind, int[] regions)
    {
        public OrganizationDocument Document { get; } = document;
        public string SortName { get; } = sortName;
        /// <summary>The profile's bridge words (surface ids, ascending) with their weighted counts, provided and sought together.</summary>
        public (int Surface, float Tf)[] Words { get; } = words;
        public int[] Concepts { get; } = concepts;
        public int[] Offers { get; } = offers;
        public int[] Needs { get; } = needs;
        public int Cluster { get; } = cluster;
        public int Kind { get; } = kind;
        public int[] Regions { get; } = regions;
        public Dictionary<int, float> ConceptWeights { get; set; } = [];
        public int NormsVersion { get; set; } = -1;
        public float ConceptNorm { get; set; }
        public float TextNorm { get; set; }
        public bool Deleted { get; set; }
        public bool Published => Document.Published;
        public string? Group => string.IsNullOrWhiteSpace(Document.Group) ? null : Document.Group;
    }

    /// <summary>Per concept, the organizations that carry it or a narrower concept, with the match weight.</summary>
    sealed class ConceptPostings
    {
        readonly Dictionary<int, List<Posting>> lists = [];
        readonly Dictionary<int, int> live = [];

        public Dictionary<int, float> Add(int slot, int[] direct, DirectoryIndex index, IReadOnlySet<int>? weaker = null)
        {
            var weights = new Dictionary<int, float>();
            foreach (var concept in direct)
            {
                var factor = weaker?.Contains(concept) == true ? SoughtOnlyWeight : 1f;
                foreach (var (c, w) in index.WithAncestors(concept))
                    if (w * factor > weights.GetValueOrDefault(c))
                        weights[c] = w * factor;
            }
            foreach (var (c, w) in weights)
            {
                if (!lists.TryGetValue(c, out var list))
                    lists[c] = list = [];
                list.Add(new Posting(slot, w));
                live[c] = live.GetValueOrDefault(c) + 1;
            }
            return weights;
        }

        /// <summary>
        /// Forgets a replaced organization in the counts: the concepts <see cref="Add"/> counted for the same direct
        /// concepts. Its postings stay (skipped as deleted) until compaction.
        /// </summary>
        public void Remove(int[] direct, DirectoryIndex index)
        {
            foreach (var c in direct.SelectMany(concept => index.WithAncestors(concept)).Select(a => a.Concept).Distinct())
                live[c]--;
        }

        public IReadOnlyList<Posting> Of(int concept) => lists.TryGetValue(concept, out var list) ? list : [];

        public int Count(int concept) => live.GetValueOrDefault(concept);

        public void Clear()
        {
            lists.Clear();
            live.Clear();
        }
    }

    /// <summary>Small dictionaries of facet values (cluster, kind, region) to dense ids.</summary>
    sealed class Facet
    {
        readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        public readonly List<string> Values = [];

        public int Id(string value)
        {
            if (!ids.TryGetValue(value, out var id))
            {
                ids[value] = id = Values.Count;
                Values.Add(value);
            }
            return id;
        }

        public int? Find(string? value) => value is not null && ids.TryGetValue(value, out var id) ? id : null;
    }
}
