namespace BioBridge.Language;

/// <summary>
/// A profile's match to a whole query: its score, the (1 + IDF)-weighted coverage of the query's words it matched
/// through words, and the masks of the query parts it matched in full through words and through concepts.
/// </summary>
struct QueryMatch
{
    public float Score;
    public float Coverage;
    public int Words;
    public int Concepts;
}
