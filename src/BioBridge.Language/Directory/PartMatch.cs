namespace BioBridge.Language;

/// <summary>
/// How one profile matches one query word, gathered over its postings: the whole word's best strength, and for a
/// compound the characters its matching pieces cover and their strength in proportion to their length.
/// </summary>
struct PartMatch
{
    public float Whole;
    public float Pieces;
    public int Characters;
    // The piece whose postings are being read (1-based) and its best strength so far: a piece counts once, through
    // its best translation.
    public int Piece;
    public float PieceBest;
    public int PiecesMatched;
}
