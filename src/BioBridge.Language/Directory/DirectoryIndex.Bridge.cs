namespace BioBridge.Language;

public sealed partial class DirectoryIndex
{
    // A match through an English sense between two words neither of which is English (세포 -> cell -> 电池) is a
    // second-hand translation: it counts less than one through a shared Hanja spelling.
    const float SecondHandWeight = 0.6f;
    // Second-hand only through a first sense (or loanword) on one side and at most a later sense or reading on the
    // other: 행동 (行动: operation, then action) reaches 行为 (action); "now", the third sense of 今天, is no bridge,
    // nor are two later senses (off-topic queries would find profiles).
    const float SecondHandMinimum = 0.8f;

    readonly LexicalBridge bridge;
    // Words of every profile (surfaces: English stems, Chinese and Korean words and their pieces) with postings,
    // and the keys that join a surface to its translations.
    readonly Dictionary<string, int> surfaceIds = new(StringComparer.Ordinal);
    readonly List<List<BridgePosting>> surfacePostings = [];
    readonly List<bool> surfaceEnglish = [];
    // Live organizations per surface: statistics must not depend on how many replaced profiles still sit in the
    // postings, or two nodes holding the same organizations would rank them differently.
    readonly List<int> surfaceLive = [];
    readonly Dictionary<string, int> keyIds = new(StringComparer.Ordinal);
    readonly List<List<(int Surface, float Weight)>> keySurfaces = [];
    double totalBridgeLength;
    // Per slot, the profile's bridge length, negative once it is replaced: read beside every posting, so kept in one
    // array rather than behind each entry.
    readonly List<float> bridgeLengths = [];

    /// <summary>Where a word occurs in a profile: as something it does (name, offers, description) or something it seeks.</summary>
    readonly record struct BridgePosting(int Slot, float Provides, float Seeks);

    /// <summary>A profile's bridge words with their weighted counts, provided and sought apart.</summary>
    sealed class BridgeTerms
    {
        public readonly Dictionary<string, (float Provides, float Seeks)> Counts = new(StringComparer.Ordinal);
        public float Length;

        public void Add(LexicalBridge bridge, string? text, float weight, bool seeks)
        {
            foreach (var word in bridge.Words(text))
            {
                Count(word.Surface, weight, seeks);
                foreach (var piece in word.Pieces)
                    Count(piece.Surface, weight, seeks);
                Length += weight;
            }
        }

        void Count(string surface, float weight, bool seeks)
        {
            var (provides, sought) = Counts.GetValueOrDefault(surface);
            Counts[surface] = seeks ? (provides, sought + weight) : (provides + weight, sought);
        }
    }

    BridgeTerms AnalyzeBridge(OrganizationDocument d)
    {
        var terms = new BridgeTerms();
        foreach (var (_, name) in d.Name.Present())
            terms.Add(bridge, name, 3f, seeks: false);
        foreach (var offer in d.Offers)
            terms.Add(bridge, offer, 2f, seeks: false);
        foreach (var need in d.Needs)
            terms.Add(bridge, need, 2f, seeks: true);
        foreach (var (_, description) in d.Description.Present())
            foreach (var (sentence, seeks) in NeedSentences.Of(description))
                terms.Add(bridge, sentence, 1f, seeks);
        return terms;
    }

    /// <summary>Adds a profile's bridge words to the postings (under the write lock); returns them by surface id.</summary>
    (int Surface, float Tf)[] InsertBridge(int slot, BridgeTerms terms)
    {
        var words = new (int Surface, float Tf)[terms.Counts.Count];
        var i = 0;
        foreach (var (surface, (provides, seeks)) in terms.Counts)
        {
            var id = SurfaceId(surface);
            surfacePostings[id].Add(new BridgePosting(slot, provides, seeks));
            surfaceLive[id]++;
            words[i++] = (id, provides + seeks);
        }
        Array.Sort(words, (x, y) => x.Surface.CompareTo(y.Surface));
        totalBridgeLength += terms.Length;
        bridgeLengths.Add(terms.Length);
        return words;
    }

    void DeleteBridge(int slot, (int Surface, float Tf)[] words)
    {
        foreach (var (surface, _) in words)
            surfaceLive[surface]--;
        totalBridgeLength -= bridgeLengths[slot];
        bridgeLengths[slot] = -1f;
    }

    int SurfaceId(string surface)
    {
        if (surfaceIds.TryGetValue(surface, out var id))
            return id;
        surfaceIds[surface] = id = surfacePostings.Count;
        surfacePostings.Add([]);
        surfaceLive.Add(0);
        surfaceEnglish.Add(!TextFolding.IsCjk(surface[0]));
        foreach (var key in bridge.KeysOf(surface))
            keySurfaces[KeyId(key.Key)].Add((id, key.Weight));
        return id;
    }

    int KeyId(string key)
    {
        if (!keyIds.TryGetValue(key, out var id))
        {
            keyIds[key] = id = keySurfaces.Count;
            keySurfaces.Add([]);
        }
        return id;
    }

    void ClearBridge()
    {
        surfaceIds.Clear();
        surfacePostings.Clear();
        surfaceEnglish.Clear();
        surfaceLive.Clear();
        keyIds.Clear();
        keySurfaces.Clear();
        totalBridgeLength = 0;
        bridgeLengths.Clear();
    }

    float AverageBridgeLength => (float)(totalBridgeLength / Math.Max(1, entries.Count - deleted));

    /// <summary>
    /// The indexed surfaces a query word matches, each with how directly: the word itself, or a word that shares a
    /// key with it (its translation), weighted by both sides' keys.
    /// </summary>
    Dictionary<int, float> Translations(string surface)
    {
        var found = new Dictionary<int, float>();
        var english = !TextFolding.IsCjk(surface[0]);
        foreach (var key in bridge.KeysOf(surface))
        {
            if (!keyIds.TryGetValue(key.Key, out var keyId))
                continue;
            foreach (var (candidate, weight) in keySurfaces[keyId])
            {
                var w = key.Weight * weight;
                if (key.English && !english && !surfaceEnglish[candidate])
                {
                    if (w < SecondHandMinimum)
                        continue;
                    w *= SecondHandWeight;
                }
                if (w > found.GetValueOrDefault(candidate))
                    found[candidate] = w;
            }
        }
        return found;
    }

    enum Side { Any, Provides, Seeks }

    /// <summary>
    /// For each of one organization's phrases (what it seeks, or offers), the (1 + IDF)-weighted share of the phrase's words
    /// that another profile states on the given side; per profile, the best phrase counts most, the average a little.
    /// Through the bridge, so "중국 유통 파트너" finds a Chinese distributor.
    /// </summary>
    SlotScores<float> PhraseComplement(IReadOnlyList<string> phrases, Side side)
    {
        var total = new SlotScores<float>(entries.Count);
        if (phrases.Count == 0)
            return total;
        var live = Math.Max(1, entries.Count - deleted);
        using var best = new SlotScores<float>(entries.Count);
        using var part = new SlotTable<PartMatch>(entries.Count);
        foreach (var phrase in phrases)
        {
            using var covered = new SlotScores<float>(entries.Count);
            var weights = 0f;
            var folded = TextFolding.Fold(phrase);
            foreach (var word in bridge.Words(phrase).Take(MaxParts))
            {
                // A word a quarter of the directory uses tells no partner apart (and would visit all of them).
                if (Translations(word.Surface).Sum(t => surfacePostings[t.Key].Count) > live / 4 + 50)
                    continue;
                var query = Part(word, folded);
                Gather(query, side, part);
                var fractions = new List<(int Slot, float Fraction)>(part.Touched.Length);
                foreach (var slot in part.Touched)
                    if (Resolve(part[slot], query.Length).Fraction is > 0 and var fraction)
                        fractions.Add((slot, fraction));
                var weight = 1f + Idf(fractions.Count, live);
                weights += weight;
                foreach (var (slot, fraction) in fractions)
                    covered.Add(slot, weight * fraction);
            }
            foreach (var slot in covered.Touched)
            {
                var share = covered[slot] / weights;
                best.Max(slot, share);
                total.Add(slot, PhraseMeanWeight * share / phrases.Count);
            }
        }
        foreach (var slot in best.Touched)
            total.Add(slot, (1 - PhraseMeanWeight) * best[slot]);
        return total;
    }

    const float PhraseMeanWeight = 0.4f;

    /// <summary>
    /// Reads a query word's postings once, through each of its translations and each of its pieces' (starting a new
    /// round of <paramref name="part"/>): per profile, the BM25-saturated strength of the best translation of the
    /// word and of each piece. Words a profile only seeks count half, so providers rank first.
    /// </summary>
    void Gather(QueryPart word, Side side, SlotTable<PartMatch> part)
    {
        part.Reset();
        var avg = AverageBridgeLength;
        var lengths = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bridgeLengths);
        for (var piece = 0; piece <= word.Pieces.Count; piece++)
        {
            var surface = piece == 0 ? word.Surface : word.Pieces[piece - 1].Surface;
            var (bits, share) = piece == 0 ? (0, 0f)
                : ((int)(((1L << word.Pieces[piece - 1].Length) - 1) << word.Pieces[piece - 1].Offset), word.Pieces[piece - 1].Length / (float)word.Length);
            foreach (var (candidate, weight) in Translations(surface))
                foreach (var posting in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(surfacePostings[candidate]))
                {
                    var length = lengths[posting.Slot];
                    if (length < 0 || (side == Side.Provides && posting.Provides == 0) || (side == Side.Seeks && posting.Seeks == 0))
                        continue;
                    var (tf, factor) = posting.Provides > 0 ? (posting.Provides, 1f) : (posting.Seeks, SoughtOnlyWeight);
                    var strength = weight * factor * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avg));
                    ref var match = ref part.Touch(posting.Slot);
                    if (piece == 0)
                        match.Whole = MathF.Max(match.Whole, strength);
                    else
                        AddPiece(ref match, piece, bits, share, strength);
                }
        }
    }

    /// <summary>A piece counts once per profile, through its best translation; its strength in proportion to its length.</summary>
    static void AddPiece(ref PartMatch match, int piece, int bits, float share, float strength)
    {
        if (match.Piece != piece)
        {
            match.Piece = piece;
            match.PieceBest = 0f;
            // Only a piece that covers characters no other did counts as another (反应 inside 反应器 does not).
            if ((match.Characters & bits) != bits)
                match.PiecesMatched++;
            match.Characters |= bits;
        }
        if (strength > match.PieceBest)
        {
            match.Pieces += (strength - match.PieceBest) * share;
            match.PieceBest = strength;
        }
    }
}
