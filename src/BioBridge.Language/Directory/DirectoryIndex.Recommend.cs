namespace BioBridge.Language;

public sealed partial class DirectoryIndex
{
    // Weights of the recommendation score; each component lies in [0, 1]. Complementarity leads: a partner
    // is someone who has what you need (or needs what you have), not someone who looks like you.
    const float TheyOfferWeight = 0.38f, TheyNeedWeight = 0.22f, ConceptWeight = 0.12f, TextWeight = 0.08f,
        MarketWeight = 0.05f, OtherClusterWeight = 0.15f;
    // The agreement is between these two clusters: each is the other's counterpart; any other cluster is half as foreign.
    const string SeoulBioHub = "seoul-bio-hub", Liangjiang = "liangjiang";
    // What a profile says it does, when it lists no offers or needs, is weaker evidence of either.
    const float ImpliedWeight = 0.6f;
    const int TextTerms = 20;

    /// <summary>
    /// Partner suggestions for one organization: published organizations outside its own group, scored on
    /// complementarity both ways, concept proximity in the taxonomy tree, text similarity, shared export
    /// markets and a preference for the other cluster; each with its reasons. Null when the id is unknown.
    /// </summary>
    public IReadOnlyList<Recommendation>? Recommend(string externalId, int top = 10)
    {
        // One answer per organization serves every page size up to CachedTop (a profile shows 6, the API 10 by default).
        var asOf = Volatile.Read(ref version);
        if (top <= CachedTop && recommendCache.TryGetValue(externalId, out var cached) && cached.Version == asOf)
            return cached.Value.Take(top).ToList();
        var computed = ComputeRecommendations(externalId, Math.Max(top, CachedTop));
        if (computed is null)
            return null;
        if (top <= CachedTop)
            Remember(recommendCache, externalId, (asOf, computed));
        return computed.Take(top).ToList();
    }

    const int CachedTop = 20;

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Version, IReadOnlyList<Recommendation> Value)> recommendCache = new();

    IReadOnlyList<Recommendation>? ComputeRecommendations(string externalId, int top)
    {
        gate.EnterReadLock();
        try
        {
            if (!slotOf.TryGetValue(externalId, out var self))
                return null;
            var a = entries[self];
            var (sought, offered) = Phrases(a.Document);
            using var theyOfferConcepts = Complement(a.Needs, offers, stated: true);
            using var theyNeedConcepts = Complement(a.Offers.Length > 0 ? a.Offers : a.Concepts, needs, stated: a.Offers.Length > 0);
            using var theyOfferWords = PhraseComplement(sought, Side.Provides);
            using var theyNeedWords = PhraseComplement(offered, Side.Seeks);
            using var conceptSimilarity = ConceptSimilarity(a);
            using var textSimilarity = TextSimilarity(a);

            var scored = new List<(int Slot, float Score)>();
            using var seen = new SlotTable<bool>(entries.Count);
            var mine = facts[self];
            var noPartner = (kinds.Find(AgencyKind) ?? -1, kinds.Find(OperatorKind) ?? -1);
            foreach (var source in new[] { theyOfferConcepts, theyNeedConcepts, theyOfferWords, theyNeedWords, conceptSimilarity, textSimilarity })
                foreach (var slot in source.Touched)
                {
                    ref var visited = ref seen.Touch(slot);
                    if (visited)
                        continue;
                    visited = true;
                    var theirs = facts[slot];
                    if (slot == self || !IsPartner(mine, theirs, noPartner))
                        continue;
                    var score = TheyOfferWeight * MathF.Max(theyOfferConcepts[slot], theyOfferWords[slot])
                        + TheyNeedWeight * MathF.Max(theyNeedConcepts[slot], theyNeedWords[slot])
                        + ConceptWeight * conceptSimilarity[slot] + TextWeight * textSimilarity[slot]
                        + MarketWeight * MarketOverlap(mine, theirs)
                        + OtherClusterWeight * Counterpart(mine.Cluster, theirs.Cluster);
                    scored.Add((slot, score));
                }
            return TopRanked(scored, 0, Math.Clamp(top, 0, 100))
                .Select(s => new Recommendation(entries[s.Slot].Document.ExternalId, s.Score,
                    Reasons(a, entries[s.Slot], theyOfferConcepts[s.Slot], theyNeedConcepts[s.Slot], theyOfferWords[s.Slot], theyNeedWords[s.Slot], textSimilarity[s.Slot])))
                .ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>What an organization seeks (needs, and sentences of its description that seek) and offers (offers, else the rest of its description).</summary>
    static (List<string> Sought, List<string> Offered) Phrases(OrganizationDocument d)
    {
        var sentences = d.Description.Present().SelectMany(p => NeedSentences.Of(p.Text)).ToList();
        var sought = d.Needs.Concat(sentences.Where(s => s.Seeks).Select(s => s.Text)).ToList();
        var offered = d.Offers.Count > 0 ? d.Offers.ToList() : sentences.Where(s => !s.Seeks).Select(s => s.Text).ToList();
        return (sought, offered);
    }

    // Agencies (the clusters' operators, public bodies) run the cooperation; they are not partners to suggest.
    const string AgencyKind = "agency", OperatorKind = "operator";

    /// <summary>A published organization outside my group that is not an agency or operator.</summary>
    static bool IsPartner(in SlotFacts mine, in SlotFacts theirs, (int Agency, int Operator) noPartner) =>
        !theirs.Deleted && theirs.Published && (mine.Group < 0 || mine.Group != theirs.Group)
        && theirs.Kind != noPartner.Agency && theirs.Kind != noPartner.Operator;

    float Counterpart(int mine, int theirs)
    {
        if (mine == theirs)
            return 0f;
        return (clusters.Values[mine], clusters.Values[theirs]) is (SeoulBioHub, Liangjiang) or (Liangjiang, SeoulBioHub) ? 1f : 0.5f;
    }

    /// <summary>
    /// For each concept on one side (what A needs, or offers), the best concept on the other side's opposite
    /// list: the same concept, a narrower one, or a sibling under the same parent. Averaged over A's concepts.
    /// </summary>
    SlotScores<float> Complement(int[] all, ConceptPostings theirs, bool stated)
    {
        var total = new SlotScores<float>(entries.Count);
        // A root or a concept much of the directory carries ("service") is answered by nearly anyone: the words of
        // the phrase tell more.
        var mine = all.Where(IsTelling).ToArray();
        if (mine.Length == 0)
            return total;
        var scale = (stated ? 1f : ImpliedWeight) / mine.Length;
        foreach (var concept in mine)
        {
            using var best = new SlotScores<float>(entries.Count);
            foreach (var p in theirs.Of(concept))
                best.Max(p.Slot, p.Weight);
            // A sibling (same non-root parent) is a partial answer: "AAV vector" for "lentiviral vector".
            if (SiblingParent(concept) is { } parent)
                foreach (var p in theirs.Of(parent))
                    best.Max(p.Slot, SiblingWeight * p.Weight);
            foreach (var slot in best.Touched)
                total.Add(slot, best[slot] * scale);
        }
        return total;
    }

    const float SiblingWeight = 0.45f;
    // A worded complement shows as a reason when at least half of a phrase matched.
    const float WordedReason = 0.5f;

    int? SiblingParent(int concept) =>
        conceptById[concept].ParentCode is { } parentCode && conceptById[conceptIds[parentCode]].ParentCode is not null
            ? conceptIds[parentCode] : null;

    /// <summary>How well their concept answers mine: the same, one above the other in the tree (less per level), or a sibling.</summary>
    float Answers(int mine, int theirs)
    {
        if (mine == theirs)
            return 1f;
        if ((Levels(mine, theirs) ?? Levels(theirs, mine)) is { } levels)
            return MathF.Pow(NarrowerWeight, levels);
        return SiblingParent(mine) is { } parent && SiblingParent(theirs) == parent ? SiblingWeight : 0f;
    }

    /// <summary>Steps from a concept up to an ancestor; null when it is not one.</summary>
    int? Levels(int narrower, int broader)
    {
        var steps = 0;
        foreach (var ancestor in taxonomy.AncestorsOf(conceptById[narrower].Code))
        {
            steps++;
            if (ancestor.Code == conceptById[broader].Code)
                return steps;
        }
        return null;
    }

    /// <summary>The pairs (my concept, their best answer) behind a complementarity score, for the reasons shown.</summary>
    List<(string Mine, string Theirs)> Pairs(int[] mine, int[] theirs)
    {
        var pairs = new List<(string, string)>();
        foreach (var m in mine.Where(IsTelling))
        {
            var best = theirs.Select(t => (Concept: t, Weight: Answers(m, t))).Where(x => x.Weight > 0)
                .OrderByDescending(x => x.Weight).FirstOrDefault();
            if (best.Weight > 0)
                pairs.Add((conceptById[m].Code, conceptById[best.Concept].Code));
        }
        return pairs.Distinct().Take(3).ToList();
    }

    /// <summary>Cosine of IDF-weighted concept vectors, broader concepts included with less weight.</summary>
    SlotScores<float> ConceptSimilarity(Entry a)
    {
        var result = new SlotScores<float>(entries.Count);
        var normA = ConceptNorm(a);
        foreach (var (concept, weight) in a.ConceptWeights)
        {
            if (!IsTelling(concept))
                continue;
            var idf = ConceptIdf(concept);
            foreach (var p in concepts.Of(concept))
                result.Add(p.Slot, weight * p.Weight * idf * idf);
        }
        foreach (var slot in result.Touched)
            result.Scale(slot, 1f / (normA * ConceptNorm(entries[slot])));
        return result;
    }

    // Roots say little ("a therapeutic modality"), nor does a concept an eighth of the directory carries.
    bool IsTelling(int concept) =>
        conceptById[concept].ParentCode is not null && concepts.Count(concept) <= Math.Max(50, (entries.Count - deleted) / 8);

    float ConceptNorm(Entry e)
    {
        Refresh(e);
        return e.ConceptNorm;
    }

    float TextNorm(Entry e)
    {
        Refresh(e);
        return e.TextNorm;
    }

    /// <summary>Norms depend on IDF, which moves as the index changes; each entry's are recomputed once per change.</summary>
    void Refresh(Entry e)
    {
        if (e.NormsVersion == version)
            return;
        var conceptSum = 0f;
        foreach (var (concept, weight) in e.ConceptWeights)
            if (IsTelling(concept))
            {
                var idf = ConceptIdf(concept);
                conceptSum += weight * weight * idf * idf;
            }
        var textSum = 0f;
        foreach (var (surface, tf) in e.Words)
        {
            var w = tf * WordIdf(surface);
            textSum += w * w;
        }
        (e.ConceptNorm, e.TextNorm) = (MathF.Max(1e-6f, MathF.Sqrt(conceptSum)), MathF.Max(1e-6f, MathF.Sqrt(textSum)));
        e.NormsVersion = version;
    }

    /// <summary>Cosine over the profile's most telling words (TF-IDF), found through the postings ("more like this").</summary>
    SlotScores<float> TextSimilarity(Entry a)
    {
        var result = new SlotScores<float>(entries.Count);
        var limit = Math.Max(50, (entries.Count - deleted) / 20);
        var telling = a.Words.Where(w => surfaceLive[w.Surface] <= limit)
            .Select(w => (w.Surface, Weight: w.Tf * WordIdf(w.Surface))).OrderByDescending(w => w.Weight).Take(TextTerms).ToList();
        var normA = MathF.Sqrt(telling.Sum(t => t.Weight * t.Weight));
        if (normA == 0)
            return result;
        foreach (var (surface, weight) in telling)
        {
            var idf = WordIdf(surface);
            foreach (var p in surfacePostings[surface])
                if (bridgeLengths[p.Slot] >= 0)
                    result.Add(p.Slot, weight * (p.Provides + p.Seeks) * idf);
        }
        foreach (var slot in result.Touched)
            result.Scale(slot, 1f / (normA * TextNorm(entries[slot])));
        return result;
    }

    float MarketOverlap(in SlotFacts a, in SlotFacts b)
    {
        if (a.RegionCount == 0 || b.RegionCount == 0)
            return 0;
        var theirs = RegionsAt(b);
        var shared = 0;
        foreach (var region in RegionsAt(a))
            if (theirs.Contains(region))
                shared++;
        return shared / (float)(a.RegionCount + b.RegionCount - shared);
    }

    List<RecommendationReason> Reasons(Entry a, Entry b, float theyOffer, float theyNeed, float theyOfferWords, float theyNeedWords, float text)
    {
        var reasons = new List<RecommendationReason>();
        if (theyOffer > 0 && Pairs(a.Needs, b.Offers) is { Count: > 0 } offered)
            reasons.Add(new RecommendationReason(ReasonKind.TheyOffer, offered, []));
        else if (theyOfferWords >= WordedReason)
            reasons.Add(new RecommendationReason(ReasonKind.TheyOfferInWords, [], []));
        if (theyNeed > 0 && Pairs(b.Needs, a.Offers.Length > 0 ? a.Offers : a.Concepts) is { Count: > 0 } needed)
            reasons.Add(new RecommendationReason(ReasonKind.TheyNeed, needed.Select(p => (p.Theirs, p.Mine)).ToList(), []));
        else if (theyNeedWords >= WordedReason)
            reasons.Add(new RecommendationReason(ReasonKind.TheyNeedInWords, [], []));
        var shared = a.Concepts.Intersect(b.Concepts).Select(c => conceptById[c])
            .OrderByDescending(c => c.Depth).Take(3).Select(c => c.Code).ToList();
        if (shared.Count > 0)
            reasons.Add(new RecommendationReason(ReasonKind.SharedConcepts, [], shared));
        if (text >= 0.15f)
            reasons.Add(new RecommendationReason(ReasonKind.SimilarText, [], []));
        var markets = a.Regions.Intersect(b.Regions).Select(r => regions.Values[r]).ToList();
        if (markets.Count > 0)
            reasons.Add(new RecommendationReason(ReasonKind.SharedMarkets, [], markets));
        if (Counterpart(a.Cluster, b.Cluster) == 1f)
            reasons.Add(new RecommendationReason(ReasonKind.OtherCluster, [], [clusters.Values[b.Cluster]]));
        return reasons;
    }
}
