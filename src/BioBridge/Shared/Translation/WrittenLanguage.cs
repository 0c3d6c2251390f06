namespace BioBridge.Shared;

/// <summary>The language a text is written in, from its script: Hangul is Korean, Han without Hangul Chinese, anything else English.</summary>
public static class WrittenLanguage
{
    public static string Guess(string text)
    {
        if (text.Any(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F'))
            return "ko";
        return text.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') ? "zh" : "en";
    }
}
