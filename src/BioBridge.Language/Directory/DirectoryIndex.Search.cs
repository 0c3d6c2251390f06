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
            List<(int Slot, float Score)> matches;
            if (parsed.IsEmpty)
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
                matches = Score(parsed, filter);
            }

            var skip = Math.Max(0, query.Skip);
            var take = Math.Clamp(query.Take, 0, 500);
            var page = parsed.IsEmpty ? matches.Skip(skip).Take(take) : TopRanked(matches, skip, take);
            var hits = page.Select(m => Explain(m.Slot, m.Score, parsed)).ToList();
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

    List<(int Slot, float Score)> Score(ParsedQuery parsed, Filter filter)
    {
        using var score = new SlotScores<float>(entries.Count);
        using var parts = new SlotScores<int>(entries.Count);
        var avg = AverageLength;
        foreach (var word in parsed.Words)
        {
            if (!termIds.TryGetValue(word.Term, out var term))
                continue;
            var idf = TermIdf(term) * word.Weight;
            foreach (var posting in termPostings[term])
            {
                var entry = entries[posting.Slot];
                if (entry.Deleted)
                    continue;
                var tf = posting.Weight;
                score.Add(posting.Slot, idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * entry.Length / avg)));
                if (word.Part >= 0)
                    parts.Or(posting.Slot, 1 << word.Part);
            }
        }
        foreach (var (code, part) in parsed.Concepts)
        {
            var concept = conceptIds[code];
            var idf = ConceptIdf(concept) * ConceptBoost;
            foreach (var posting in concepts.Of(concept))
            {
                if (entries[posting.Slot].Deleted)
                    continue;
                score.Add(posting.Slot, idf * posting.Weight);
                parts.Or(posting.Slot, 1 << part);
            }
        }
        var matches = new List<(int, float)>(score.Touched.Count);
        foreach (var slot in score.Touched)
        {
            if (!filter.Keeps(entries[slot]))
                continue;
            var coverage = parsed.PartCount == 0 ? 1f : System.Numerics.BitOperations.PopCount((uint)parts[slot]) / (float)parsed.PartCount;
            matches.Add((slot, score[slot] * (0.25f + 0.75f * coverage * coverage)));
        }
        return matches;
    }

    SearchHit Explain(int slot, float score, ParsedQuery parsed)
    {
        var entry = entries[slot];
        var words = parsed.Words.Where(w => termIds.TryGetValue(w.Term, out var id) && entry.TermFrequency(id) > 0)
            .Select(w => w.Surface).Distinct().ToList();
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

    sealed record QueryWord(string Term, string Surface, float Weight, int Part);

    sealed record ParsedQuery(List<QueryWord> Words, List<(string Code, int Part)> Concepts, int PartCount)
    {
        public bool IsEmpty => Words.Count == 0 && Concepts.Count == 0;
    }

    /// <summary>
    /// Splits a query into parts: each concept it names, and each remaining whitespace-separated word.
    /// Words inside a concept's term still score, with less weight, so exact wording ranks first among equals.
    /// </summary>
    ParsedQuery ParseQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new ParsedQuery([], [], 0);
        var mentions = extractor.Extract(text);
        var concepts = new List<(string, int)>();
        var part = 0;
        foreach (var code in mentions.Select(m => m.Concept.Code).Distinct())
            concepts.Add((code, part++));
        var wordParts = new Dictionary<int, int>();
        var tokens = SearchAnalyzer.Tokenize(text).Select(token =>
        {
            var mention = mentions.FindIndex(m => token.Start < m.Start + m.Length && token.End > m.Start);
            var (wordStart, surface) = WordAround(text, token.Start);
            // Group: the concept term the token lies in (negative), else the query word it belongs to.
            return (Token: token, Surface: surface, Group: mention >= 0 ? -1 - mention : wordStart);
        }).ToList();
        var groupSizes = tokens.GroupBy(t => t.Group).ToDictionary(g => g.Key, g => g.Count());
        var words = new List<QueryWord>();
        foreach (var (token, surface, group) in tokens)
        {
            var covered = group < 0;
            var partOfWord = -1;
            if (!covered && part < 31 && !wordParts.TryGetValue(group, out partOfWord))
                wordParts[group] = partOfWord = part++;
            // Bigrams of one long word, or the words of one concept term, should not outweigh a single matching word.
            var weight = covered ? CoveredWordWeight / groupSizes[group] : 1f / MathF.Sqrt(groupSizes[group]);
            words.Add(new QueryWord(token.Term, surface, weight, covered ? -1 : partOfWord));
        }
        return new ParsedQuery(words, concepts, Math.Min(part, 31));
    }

    static (int Start, string Word) WordAround(string text, int position)
    {
        var start = position;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            start--;
        var end = position;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
            end++;
        return (start, text[start..end].Trim(',', '.', ';', '，', '。', '、'));
    }

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
