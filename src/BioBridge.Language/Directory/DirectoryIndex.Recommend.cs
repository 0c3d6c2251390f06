namespace BioBridge.Language;

public sealed partial class DirectoryIndex
{
    // Weights of the recommendation score; each component lies in [0, 1]. Complementarity leads: a partner
    // is someone who has what you need (or needs what you have), not someone who looks like you.
    const float TheyOfferWeight = 0.38f, TheyNeedWeight = 0.22f, ConceptWeight = 0.16f, TextWeight = 0.10f,
        MarketWeight = 0.06f, OtherClusterWeight = 0.08f;
    // What a profile says it does, when it lists no offers or needs, is weaker evidence of either.
    const float ImpliedWeight = 0.6f;
    const int TextTerms = 30;

    /// <summary>
    /// Partner suggestions for one organization: published organizations outside its own group, scored on
    /// complementarity both ways, concept proximity in the taxonomy tree, text similarity, shared export
    /// markets and a preference for the other cluster; each with its reasons. Null when the id is unknown.
    /// </summary>
    public IReadOnlyList<Recommendation>? Recommend(string externalId, int top = 10)
    {
        gate.EnterReadLock();
        try
        {
            if (!slotOf.TryGetValue(externalId, out var self))
                return null;
            var a = entries[self];
            var theyOffer = Complement(a.Needs.Length > 0 ? a.Needs : [], offers, a.Needs.Length > 0);
            var theyNeed = Complement(a.Offers.Length > 0 ? a.Offers : a.Concepts, needs, a.Offers.Length > 0);
            var conceptSimilarity = ConceptSimilarity(a);
            var textSimilarity = TextSimilarity(a);

            var candidates = new HashSet<int>(theyOffer.Keys);
            candidates.UnionWith(theyNeed.Keys);
            candidates.UnionWith(conceptSimilarity.Keys);
            candidates.UnionWith(textSimilarity.Keys);
            var scored = new List<(int Slot, float Score)>();
            foreach (var slot in candidates)
            {
                var b = entries[slot];
                if (slot == self || b.Deleted || !b.Published || (a.Group is not null && a.Group == b.Group))
                    continue;
                var score = TheyOfferWeight * (theyOffer.GetValueOrDefault(slot)?.Score ?? 0f)
                    + TheyNeedWeight * (theyNeed.GetValueOrDefault(slot)?.Score ?? 0f)
                    + ConceptWeight * conceptSimilarity.GetValueOrDefault(slot)
                    + TextWeight * textSimilarity.GetValueOrDefault(slot)
                    + MarketWeight * MarketOverlap(a, b)
                    + (b.Cluster != a.Cluster ? OtherClusterWeight : 0f);
                scored.Add((slot, score));
            }
            return scored.OrderByDescending(s => s.Score).ThenBy(s => entries[s.Slot].SortName, StringComparer.Ordinal)
                .Take(Math.Clamp(top, 0, 100))
                .Select(s => new Recommendation(entries[s.Slot].Document.ExternalId, s.Score,
                    Reasons(a, entries[s.Slot], theyOffer.GetValueOrDefault(s.Slot), theyNeed.GetValueOrDefault(s.Slot),
                        textSimilarity.GetValueOrDefault(s.Slot))))
                .ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    sealed record Match(float Score, List<(int Mine, int Theirs)> Pairs);

    /// <summary>
    /// For each concept on one side (what A needs, or offers), the best concept on the other side's opposite
    /// list: the same concept, a narrower one, or a sibling under the same parent. Averaged over A's concepts.
    /// </summary>
    Dictionary<int, Match> Complement(int[] mine, ConceptPostings theirs, bool stated)
    {
        var result = new Dictionary<int, Match>();
        if (mine.Length == 0)
            return result;
        var scale = (stated ? 1f : ImpliedWeight) / mine.Length;
        foreach (var concept in mine)
        {
            var best = new Dictionary<int, (float Weight, int Theirs)>();
            void Consider(int slot, float weight, int theirConcept)
            {
                if (weight > best.GetValueOrDefault(slot).Weight)
                    best[slot] = (weight, theirConcept);
            }
            foreach (var p in theirs.Of(concept))
                Consider(p.Slot, p.Weight, p.Weight >= 1f ? concept : NarrowestUnder(entries[p.Slot], theirs == offers, concept));
            // A sibling (same non-root parent) is a partial answer: "AAV vector" for "lentiviral vector".
            if (conceptById[concept].ParentCode is { } parentCode && conceptIds[parentCode] is var parent && conceptById[parent].ParentCode is not null)
                foreach (var p in theirs.Of(parent))
                    Consider(p.Slot, 0.45f * p.Weight, p.Weight >= 1f ? parent : NarrowestUnder(entries[p.Slot], theirs == offers, parent));
            foreach (var (slot, (weight, theirConcept)) in best)
            {
                if (!result.TryGetValue(slot, out var match))
                    result[slot] = match = new Match(0, []);
                result[slot] = match with { Score = match.Score + weight * scale };
                match.Pairs.Add((concept, theirConcept));
            }
        }
        return result;
    }

    int NarrowestUnder(Entry entry, bool fromOffers, int concept)
    {
        var code = conceptById[concept].Code;
        foreach (var c in fromOffers ? entry.Offers : entry.Needs)
            if (taxonomy.AncestorsOf(conceptById[c].Code).Any(x => x.Code == code))
                return c;
        return concept;
    }

    /// <summary>Cosine of IDF-weighted concept vectors, broader concepts included with less weight.</summary>
    Dictionary<int, float> ConceptSimilarity(Entry a)
    {
        var result = new Dictionary<int, float>();
        var normA = 0f;
        foreach (var (concept, weight) in a.ConceptWeights)
        {
            // Roots say little ("a therapeutic modality") and reach half the directory; skip them.
            if (conceptById[concept].ParentCode is null)
                continue;
            var idf = ConceptIdf(concept);
            normA += weight * weight * idf * idf;
            foreach (var p in concepts.Of(concept))
                result[p.Slot] = result.GetValueOrDefault(p.Slot) + weight * p.Weight * idf * idf;
        }
        if (normA == 0)
            return result;
        foreach (var slot in result.Keys.ToList())
            result[slot] /= MathF.Sqrt(normA) * ConceptNorm(entries[slot]);
        return result;
    }

    float ConceptNorm(Entry e)
    {
        var sum = 0f;
        foreach (var (concept, weight) in e.ConceptWeights)
        {
            if (conceptById[concept].ParentCode is null)
                continue;
            var idf = ConceptIdf(concept);
            sum += weight * weight * idf * idf;
        }
        return MathF.Max(1e-6f, MathF.Sqrt(sum));
    }

    /// <summary>Cosine over the profile's most telling words (TF-IDF), found through the postings ("more like this").</summary>
    Dictionary<int, float> TextSimilarity(Entry a)
    {
        var result = new Dictionary<int, float>();
        var limit = Math.Max(50, (entries.Count - deleted) / 10);
        var telling = a.Terms.Where(t => termPostings[t.Term].Count <= limit)
            .Select(t => (t.Term, Weight: t.Tf * TermIdf(t.Term))).OrderByDescending(t => t.Weight).Take(TextTerms).ToList();
        var normA = MathF.Sqrt(telling.Sum(t => t.Weight * t.Weight));
        if (normA == 0)
            return result;
        foreach (var (term, weight) in telling)
        {
            var idf = TermIdf(term);
            foreach (var p in termPostings[term])
                if (!entries[p.Slot].Deleted)
                    result[p.Slot] = result.GetValueOrDefault(p.Slot) + weight * p.Weight * idf;
        }
        foreach (var slot in result.Keys.ToList())
            result[slot] /= normA * TextNorm(entries[slot]);
        return result;
    }

    float TextNorm(Entry e)
    {
        var sum = 0f;
        foreach (var (term, tf) in e.Terms)
        {
            var w = tf * TermIdf(term);
            sum += w * w;
        }
        return MathF.Max(1e-6f, MathF.Sqrt(sum));
    }

    static float MarketOverlap(Entry a, Entry b)
    {
        if (a.Regions.Length == 0 || b.Regions.Length == 0)
            return 0;
        var shared = a.Regions.Count(b.Regions.Contains);
        return shared / (float)(a.Regions.Length + b.Regions.Length - shared);
    }

    List<RecommendationReason> Reasons(Entry a, Entry b, Match? theyOffer, Match? theyNeed, float text)
    {
        var reasons = new List<RecommendationReason>();
        List<(string, string)> Codes(Match match) =>
            match.Pairs.Select(p => (conceptById[p.Mine].Code, conceptById[p.Theirs].Code)).Distinct().Take(3).ToList();
        if (theyOffer is { Score: > 0 })
            reasons.Add(new RecommendationReason(ReasonKind.TheyOffer, Codes(theyOffer), []));
        if (theyNeed is { Score: > 0 })
            reasons.Add(new RecommendationReason(ReasonKind.TheyNeed, Codes(theyNeed), []));
        var shared = a.Concepts.Intersect(b.Concepts).Select(c => conceptById[c])
            .OrderByDescending(c => c.Depth).Take(3).Select(c => c.Code).ToList();
        if (shared.Count > 0)
            reasons.Add(new RecommendationReason(ReasonKind.SharedConcepts, [], shared));
        if (text >= 0.15f)
            reasons.Add(new RecommendationReason(ReasonKind.SimilarText, [], []));
        var markets = a.Regions.Intersect(b.Regions).Select(r => regions.Values[r]).ToList();
        if (markets.Count > 0)
            reasons.Add(new RecommendationReason(ReasonKind.SharedMarkets, [], markets));
        if (a.Cluster != b.Cluster)
            reasons.Add(new RecommendationReason(ReasonKind.OtherCluster, [], [clusters.Values[b.Cluster]]));
        return reasons;
    }
}
