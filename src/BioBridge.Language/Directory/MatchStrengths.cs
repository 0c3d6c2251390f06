namespace BioBridge.Language;

public static class MatchStrengths
{
    // Scores are weighted sums in [0, 1]: they offer (or seek) most of what the reader seeks (or offers) from the
    // counterpart cluster reaches the first; half of one side, the second.
    const double Strong = 0.45, Good = 0.25;

    public static MatchStrength Of(double score) => score >= Strong ? MatchStrength.Strong : score >= Good ? MatchStrength.Good : MatchStrength.Possible;
}
