namespace BioBridge.Language;

/// <summary>
/// What filters, facet counts and partner rules read of a profile, kept per slot in one dense array: a query that
/// touches 30,000 profiles reads these in slot order instead of chasing 30,000 entry objects. Concepts and regions
/// are ranges of one shared list of ids; Group is -1 when the profile belongs to none.
/// </summary>
readonly record struct SlotFacts(int Cluster, int Kind, int Group, bool Published, bool Deleted,
    int ConceptStart, int ConceptCount, int RegionStart, int RegionCount);
