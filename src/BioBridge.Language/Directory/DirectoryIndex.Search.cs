namespace BioBridge.Language;

public sealed partial class DirectoryIndex
{
    /// <summary>
    /// Ranks by BM25 over words and by concept overlap across languages; the more of the query's parts
    /// (words and concepts) a profile matches, the higher. An empty query lists the filtered directory by name.
    /// </summary>
    public SearchResults Search(SearchQuery query)
    {
        // Event-day traffic repeats itself (the same few sector queries); answers stay valid until the index changes.
        var key = new SearchKey(query.Text.Trim(), query.Cluster, query.ConceptCode, query.ExportRegion, query.Kind,
            query.IncludeUnpublished, query.Skip, query.Take);
        var asOf = Volatile.Read(ref version);
        if (searchCache.TryGetValue(key, out var cached) && cached.Version == asOf)
            return cached.Value;
        var results = Compute(query);
        Remember(searchCache, key, (asOf, results));
        return results;
    }

    readonly record struct SearchKey(string Text, string? Cluster, string? Concept, string? Region, string? Kind,
        bool IncludeUnpublished, int Skip, int Take);

    readonly System.Collections.Concurrent.ConcurrentDictionary<SearchKey, (int Version, SearchResults Value)> searchCache = new();

    const int CacheLimit = 4096;

    /// <summary>
    /// Stores an answer with the index version read before computing it: a change meanwhile makes it stale, and stale
    /// answers are never served. A bounded cache simply starts over when full.
    /// </summary>
    void Remember<TKey, TValue>(System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> cache, TKey key, TValue value) where TKey : notnull
    {
        if (!cacheAnswers)
            return;
        if (cache.Count >= CacheLimit)
            cache.Clear();
        cache[key] = value;
    }

    SearchResults Compute(SearchQuery query)
    {
        var parsed = ParseQuery(query.Text);
        gate.EnterReadLock();
        try
        {
            var filter = Filter.For(query, this);
            using var matched = new SlotScores<int>(entries.Count);
            List<(int Slot, float Score)> matches;
            if (parsed.Blank)
            {
                matches = [];
                nameOrder ??= Enumerable.Range(0, entries.Count).Where(s => !entries[s].Deleted)
                    .OrderBy(s => entries[s].SortName, StringComparer.Ordinal).ToArray();
                foreach (var slot in nameOrder)
                    if (!entries[slot].Deleted && filter.Keeps(entries[slot]))
                        matches.Add((slot, 0f));
            }
            else
            {
                matches = parsed.IsEmpty ? [] : Score(parsed, filter, matched);
            }

            var skip = Math.Max(0, query.Skip);
            var take = Math.Clamp(query.Take, 0, 500);
            var page = parsed.Blank ? matches.Skip(skip).Take(take) : TopRanked(matches, skip, take);
            var hits = page.Select(m => Explain(m.Slot, m.Score, parsed, matched[m.Slot])).ToList();
            return new SearchResults(matches.Count, hits, CountFacets(matches));
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// Ranks [skip, skip + take) of the scored slots: higher score first, then name order, then external id (never the slot, which depends on the order of updates). A bounded heap
    /// keeps the best seen so far, so a popular query or a profile with 50,000 candidates is not sorted whole;
    /// most candidates lose to the heap's worst in one comparison.
    /// </summary>
    List<(int Slot, float Score)> TopRanked(List<(int Slot, float Score)> scored, int skip, int take)
    {
        var keep = (int)Math.Min((long)skip + take, scored.Count);
        if (keep <= skip)
            return [];
        var worstFirst = Comparer<(int Slot, float Score)>.Create((x, y) => Rank(y, x));
        var heap = new PriorityQueue<(int Slot, float Score), (int Slot, float Score)>(keep + 1, worstFirst);
        foreach (var candidate in scored)
        {
            if (heap.Count < keep)
                heap.Enqueue(candidate, candidate);
            else if (Rank(candidate, heap.Peek()) < 0)
                heap.DequeueEnqueue(candidate, candidate);
        }
        var ranked = new (int Slot, float Score)[heap.Count];
        for (var i = ranked.Length - 1; i >= 0; i--)
            ranked[i] = heap.Dequeue();
        return ranked[skip..].ToList();
    }

    int Rank((int Slot, float Score) x, (int Slot, float Score) y) =>
        x.Score != y.Score ? y.Score.CompareTo(x.Score)
        : string.CompareOrdinal(entries[x.Slot].SortName, entries[y.Slot].SortName) is var byName and not 0 ? byName
        : string.CompareOrdinal(entries[x.Slot].Document.ExternalId, entries[y.Slot].Document.ExternalId);

    // Of a compound query word, a profile must match at least this share (by characters) through its pieces; of the
    // whole query, this share of the parts' weight (IDF): an off-topic query that shares one common word returns nothing.
    const float MinPieceShare = 0.5f, MinCoverage = 0.3f;

    /// <summary>
    /// Scores every profile that matches the query's words (through the bridge, whole or by their pieces) or concepts.
    /// A part's weight is its IDF; a profile's coverage is the (1 + IDF)-weighted share of parts it matches; below
    /// <see cref="MinCoverage"/> it is left out. <paramref name="matched"/> gets, per profile, the parts fully matched.
    /// </summary>
    List<(int Slot, float Score)> Score(ParsedQuery parsed, Filter filter, SlotScores<int> matched)
    {
        var n = parsed.Parts.Count;
        var live = Math.Max(1, entries.Count - deleted);
        var fractions = new SlotScores<float>[n];
        var idfs = new float[n];
        using var score = new SlotScores<float>(entries.Count);
        try
        {
            for (var i = 0; i < n; i++)
            {
                fractions[i] = new SlotScores<float>(entries.Count);
                var part = parsed.Parts[i];
                if (part.Surface.Length == 0)
                    continue;
                using var strength = new SlotScores<float>(entries.Count);
                MatchPart(part, strength, fractions[i], Side.Any);
                // A word no profile has is the rarest of all: a query mostly about such words finds nothing.
                idfs[i] = Idf(fractions[i].Touched.Count, live);
                foreach (var slot in strength.Touched)
                    if (fractions[i][slot] > 0)
                        score.Add(slot, idfs[i] * strength[slot]);
            }
            foreach (var (code, covered) in parsed.Concepts)
            {
                var concept = conceptIds[code];
                var idf = ConceptIdf(concept);
                foreach (var posting in concepts.Of(concept))
                {
                    if (entries[posting.Slot].Deleted)
                        continue;
                    score.Add(posting.Slot, ConceptBoost * idf * posting.Weight);
                    foreach (var i in covered)
                        fractions[i].Max(posting.Slot, 1f);
                }
                foreach (var i in covered.Where(i => parsed.Parts[i].Surface.Length == 0))
                    idfs[i] = idf;
            }
            // Coverage weighs parts by 1 + IDF: rare words count most, yet in a small directory a word two profiles
            // share is not worth nothing beside a missing one.
            var weights = idfs.Select(idf => 1f + idf).ToArray();
            var total = weights.Sum();
            var results = new List<(int, float)>(score.Touched.Count);
            foreach (var slot in score.Touched)
            {
                if (!filter.Keeps(entries[slot]))
                    continue;
                var coverage = 0f;
                var mask = 0;
                for (var i = 0; i < n; i++)
                {
                    coverage += weights[i] * fractions[i][slot];
                    if (fractions[i][slot] >= 1f)
                        mask |= 1 << i;
                }
                coverage = total > 0 ? coverage / total : 0;
                // Pieces of compounds alone (a shared prefix, 마이크로 of 마이크로바이옴) never make a match.
                if (coverage < MinCoverage || mask == 0)
                    continue;
                matched.Or(slot, mask);
                results.Add((slot, score[slot] * (0.25f + 0.75f * coverage * coverage)));
            }
            return results;
        }
        finally
        {
            foreach (var f in fractions)
                f?.Dispose();
        }
    }

    /// <summary>A query word matched whole (fraction 1) or, a compound, by its pieces.</summary>
    void MatchPart(QueryPart part, SlotScores<float> strength, SlotScores<float> fraction, Side side)
    {
        MatchSurface(part.Surface, strength, side);
        foreach (var slot in strength.Touched)
            fraction.Max(slot, 1f);
        if (part.Pieces.Count > 0)
            MatchPieces(part, strength, fraction, side);
    }

    /// <summary>
    /// A compound matched by its pieces: the share of its characters that matching pieces cover (at least
    /// <see cref="MinPieceShare"/>), and the pieces' strength in proportion.
    /// </summary>
    void MatchPieces(QueryPart part, SlotScores<float> strength, SlotScores<float> fraction, Side side)
    {
        using var characters = new SlotScores<int>(entries.Count);
        using var pieceStrength = new SlotScores<float>(entries.Count);
        foreach (var piece in part.Pieces)
        {
            using var found = new SlotScores<float>(entries.Count);
            MatchSurface(piece.Surface, found, side);
            var bits = (int)(((1L << piece.Length) - 1) << piece.Offset);
            foreach (var slot in found.Touched)
            {
                characters.Or(slot, bits);
                pieceStrength.Add(slot, found[slot] * piece.Length / part.Length);
            }
        }
        foreach (var slot in characters.Touched)
        {
            var share = System.Numerics.BitOperations.PopCount((uint)characters[slot]) / (float)part.Length;
            if (share < MinPieceShare || share <= fraction[slot])
                continue;
            fraction.Max(slot, share);
            strength.Max(slot, pieceStrength[slot]);
        }
    }

    static float Idf(int df, int live) => MathF.Log(1f + (live - df + 0.5f) / (df + 0.5f));

    SearchHit Explain(int slot, float score, ParsedQuery parsed, int matchedParts)
    {
        var entry = entries[slot];
        var words = parsed.Parts.Where((p, i) => p.Surface.Length > 0 && (matchedParts & (1 << i)) != 0)
            .Select(p => p.Shown).Distinct().ToList();
        var matchedConcepts = parsed.Concepts.Select(c => c.Code)
            .Where(c => entry.ConceptWeights.ContainsKey(conceptIds[c])).ToList();
        return new SearchHit(entry.Document.ExternalId, score, words, matchedConcepts);
    }

    SearchFacets CountFacets(List<(int Slot, float Score)> matches)
    {
        var clusterCounts = new int[clusters.Values.Count];
        var kindCounts = new int[kinds.Values.Count];
        var regionCounts = new int[regions.Values.Count];
        var conceptCounts = new int[conceptById.Count];
        foreach (var (slot, _) in matches)
        {
            var entry = entries[slot];
            clusterCounts[entry.Cluster]++;
            kindCounts[entry.Kind]++;
            foreach (var r in entry.Regions)
                regionCounts[r]++;
            foreach (var c in entry.Concepts)
                conceptCounts[c]++;
        }
        static Dictionary<string, int> Named(int[] counts, List<string> values) =>
            Enumerable.Range(0, counts.Length).Where(i => counts[i] > 0).ToDictionary(i => values[i], i => counts[i], StringComparer.Ordinal);
        return new SearchFacets(
            Named(clusterCounts, clusters.Values),
            Named(conceptCounts, conceptCodes),
            Named(regionCounts, regions.Values),
            Named(kindCounts, kinds.Values));
    }

    /// <summary>A word of the query (its bridge surface, what the reader typed, its pieces), or a concept's term that holds no word.</summary>
    sealed record QueryPart(string Surface, string Shown, int Length, IReadOnlyList<BridgePiece> Pieces);

    sealed record ParsedQuery(bool Blank, List<QueryPart> Parts, List<(string Code, int[] Parts)> Concepts)
    {
        public bool IsEmpty => Parts.Count == 0 && Concepts.Count == 0;
    }

    // Parts are tracked in a 32-bit mask.
    const int MaxParts = 31;

    /// <summary>
    /// Splits a query into parts, one per word (Chinese by jieba, Korean compounds with their pieces, English stems),
    /// and the concepts it names, each with the parts its term spans: a concept a profile carries counts as
    /// matching those words in whatever language the profile is written.
    /// </summary>
    ParsedQuery ParseQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new ParsedQuery(true, [], []);
        // Offsets are in the folded text, which keeps the length of the scripts we match in; show what the reader typed.
        var folded = TextFolding.Fold(text);
        var shown = folded.Length == text.Length ? text : folded;
        var words = bridge.Words(text).Take(MaxParts).ToList();
        var parts = words.Select(w => Part(w, shown)).ToList();
        var concepts = new List<(string, int[])>();
        foreach (var mention in extractor.Extract(text).DistinctBy(m => m.Concept.Code))
        {
            var covered = Enumerable.Range(0, words.Count)
                .Where(i => words[i].Start < mention.Start + mention.Length && words[i].End > mention.Start).ToArray();
            if (covered.Length == 0 && parts.Count < MaxParts)
            {
                covered = [parts.Count];
                parts.Add(new QueryPart("", mention.Term, mention.Length, []));
            }
            concepts.Add((mention.Concept.Code, covered));
        }
        return new ParsedQuery(false, parts, concepts);
    }

    static QueryPart Part(BridgeWord word, string text) =>
        new(word.Surface, text[word.Start..word.End], word.End - word.Start, word.Pieces.Where(p => p.Offset + p.Length <= MaxParts).ToList());

    /// <summary>Search filters resolved to ids once per query.</summary>
    sealed class Filter
    {
        int? cluster, kind, region;
        int? concept;
        bool includeUnpublished, impossible;

        public static Filter For(SearchQuery q, DirectoryIndex index)
        {
            var f = new Filter { includeUnpublished = q.IncludeUnpublished };
            if (q.Cluster is not null && (f.cluster = index.clusters.Find(q.Cluster)) is null)
                f.impossible = true;
            if (q.Kind is not null && (f.kind = index.kinds.Find(q.Kind)) is null)
                f.impossible = true;
            if (q.ExportRegion is not null && (f.region = index.regions.Find(q.ExportRegion)) is null)
                f.impossible = true;
            if (q.ConceptCode is not null)
            {
                if (index.conceptIds.TryGetValue(q.ConceptCode, out var c))
                    f.concept = c;
                else
                    f.impossible = true;
            }
            return f;
        }

        public bool Keeps(Entry e) =>
            !impossible
            && (includeUnpublished || e.Published)
            && (cluster is null || e.Cluster == cluster)
            && (kind is null || e.Kind == kind)
            && (region is null || e.Regions.Contains(region.Value))
            && (concept is null || e.ConceptWeights.ContainsKey(concept.Value));
    }
}
