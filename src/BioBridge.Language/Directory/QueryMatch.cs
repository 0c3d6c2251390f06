namespace BioBridge.Language;

/// <summary>
/// A profile's match to a whole query: its score, the (1 + IDF)-weighted coverage of the query's words it matched
/// through words, and the masks of the query parts it matched in full through words and through concepts, and of
/// those it matched at least by two of their pieces (a compound's anchor: one shared piece is never enough).
/// </summary>
struct QueryMatch
{
    public float Score;
    public float Coverage;
    public int Words;
    public int Concepts;
    public int Anchored;
}
