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
            using var matched = new SlotTable<QueryMatch>(entries.Count);
            List<(int Slot, float Score)> matches;
            if (parsed.Blank)
            {
                matches = [];
                nameOrder ??= Enumerable.Range(0, entries.Count).Where(s => !entries[s].Deleted)
                    .OrderBy(s => entries[s].SortName, StringComparer.Ordinal).ToArray();
                foreach (var slot in nameOrder)
                    if (!entries[slot].Deleted && filter.Keeps(slot))
                        matches.Add((slot, 0f));
            }
            else
            {
                matches = parsed.IsEmpty ? [] : Score(parsed, filter, matched);
            }

            var skip = Math.Max(0, query.Skip);
            var take = Math.Clamp(query.Take, 0, 500);
            var page = parsed.Blank ? matches.Skip(skip).Take(take) : TopRanked(matches, skip, take);
            var hits = page.Select(m => Explain(m.Slot, m.Score, parsed, matched[m.Slot].Words | matched[m.Slot].Concepts)).ToList();
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
    /// <see cref="MinCoverage"/> it is left out. <paramref name="matched"/> keeps each profile's match (score, coverage,
    /// the parts matched in full), which the hits' explanations read.
    /// </summary>
    List<(int Slot, float Score)> Score(ParsedQuery parsed, Filter filter, SlotTable<QueryMatch> matched)
    {
        var idfs = new float[parsed.Parts.Count];
        // Concepts first: a part a profile's concept covers is matched in full, whatever its words say.
        MatchConcepts(parsed, matched, idfs);
        using var part = new SlotTable<PartMatch>(entries.Count);
        for (var i = 0; i < parsed.Parts.Count; i++)
            if (parsed.Parts[i].Surface.Length > 0)
                idfs[i] = MatchWord(parsed.Parts[i], i, part, matched);
        // Coverage weighs parts by 1 + IDF: rare words count most, yet in a small directory a word two profiles
        // share is not worth nothing beside a missing one.
        var weights = idfs.Select(idf => 1f + idf).ToArray();
        var total = weights.Sum();
        var results = new List<(int, float)>(matched.Touched.Length);
        foreach (var slot in matched.Touched)
        {
            var match = matched[slot];
            // A part matched whole, or a compound by two of its pieces, anchors a match; one piece alone (a shared
            // prefix, 마이크로 of 마이크로바이옴) never does.
            if ((match.Words | match.Concepts | match.Anchored) == 0 || !filter.Keeps(slot))
                continue;
            var coverage = match.Coverage;
            for (var bits = (uint)match.Concepts; bits != 0; bits &= bits - 1)
                coverage += weights[System.Numerics.BitOperations.TrailingZeroCount(bits)];
            coverage = total > 0 ? coverage / total : 0;
            if (coverage >= MinCoverage)
                results.Add((slot, match.Score * (0.25f + 0.75f * coverage * coverage)));
        }
        return results;
    }

    /// <summary>Adds the query's concepts to every profile that carries them; sets the IDF of parts only a concept names.</summary>
    void MatchConcepts(ParsedQuery parsed, SlotTable<QueryMatch> matched, float[] idfs)
    {
        foreach (var (code, covered) in parsed.Concepts)
        {
            var concept = conceptIds[code];
            var idf = ConceptIdf(concept);
            var mask = covered.Aggregate(0, (m, i) => m | 1 << i);
            foreach (var posting in concepts.Of(concept))
            {
                if (bridgeLengths[posting.Slot] < 0)
                    continue;
                ref var match = ref matched.Touch(posting.Slot);
                match.Score += ConceptBoost * idf * posting.Weight;
                match.Concepts |= mask;
            }
            foreach (var i in covered.Where(i => parsed.Parts[i].Surface.Length == 0))
                idfs[i] = idf;
        }
    }

    /// <summary>Adds one query word's matches (whole or by pieces) to the profiles' scores and coverage; returns the word's IDF.</summary>
    float MatchWord(QueryPart word, int index, SlotTable<PartMatch> part, SlotTable<QueryMatch> matched)
    {
        Gather(word, Side.Any, part);
        var df = 0;
        foreach (var slot in part.Touched)
            if (Resolve(part[slot], word.Length).Fraction > 0)
                df++;
        // A word no profile has is the rarest of all: a query mostly about such words finds nothing.
        var idf = Idf(df, Math.Max(1, entries.Count - deleted));
        var bit = 1 << index;
        foreach (var slot in part.Touched)
        {
            var (fraction, strength) = Resolve(part[slot], word.Length);
            if (fraction <= 0)
                continue;
            ref var match = ref matched.Touch(slot);
            match.Score += idf * strength;
            if ((match.Concepts & bit) == 0)
                match.Coverage += (1f + idf) * fraction;
            if (fraction >= 1f)
                match.Words |= bit;
            else if (part[slot].PiecesMatched >= 2)
                match.Anchored |= bit;
        }
        return idf;
    }

    /// <summary>
    /// A word matched whole counts in full; a compound matched by its pieces counts the share of its characters they
    /// cover, with their strength, when that share is at least <see cref="MinPieceShare"/>.
    /// </summary>
    static (float Fraction, float Strength) Resolve(PartMatch match, int length)
    {
        if (match.Whole > 0)
            return (1f, match.Whole);
        var share = System.Numerics.BitOperations.PopCount((uint)match.Characters) / (float)length;
        return share >= MinPieceShare ? (share, match.Pieces) : (0f, 0f);
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
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(facts);
        foreach (var (slot, _) in matches)
        {
            ref readonly var f = ref all[slot];
            clusterCounts[f.Cluster]++;
            kindCounts[f.Kind]++;
            foreach (var r in RegionsAt(f))
                regionCounts[r]++;
            foreach (var c in ConceptsAt(f))
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
        DirectoryIndex index = null!;
        int? cluster, kind, region;
        int? concept;
        bool includeUnpublished, impossible;

        public static Filter For(SearchQuery q, DirectoryIndex index)
        {
            var f = new Filter { index = index, includeUnpublished = q.IncludeUnpublished };
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

        public bool Keeps(int slot)
        {
            var f = index.facts[slot];
            return !impossible
                && (includeUnpublished || f.Published)
                && (cluster is null || f.Cluster == cluster)
                && (kind is null || f.Kind == kind)
                && (region is null || index.RegionsAt(f).Contains(region.Value))
                && (concept is null || index.entries[slot].ConceptWeights.ContainsKey(concept.Value));
        }
    }
}
