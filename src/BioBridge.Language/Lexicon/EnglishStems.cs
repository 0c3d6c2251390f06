using Lucene.Net.Tartarus.Snowball.Ext;

namespace BioBridge.Language;

/// <summary>English words to the stems the bridge compares (Snowball English, as concept matching uses).</summary>
public static class EnglishStems
{
    [ThreadStatic] static EnglishStemmer? stemmer;

    public static string Of(string word)
    {
        word = word.ToLowerInvariant();
        if (word.Length <= 3 || !word.All(char.IsAsciiLetter))
            return word;
        stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    public static string OfPhrase(string phrase) =>
        string.Join(' ', phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Of));
}
