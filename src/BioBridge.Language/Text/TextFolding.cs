using System.Globalization;
using System.Text;

namespace BioBridge.Language;

/// <summary>Case, width and accent folding shared by concept matching and names.</summary>
public static class TextFolding
{
    /// <summary>NFKC (full-width to half-width), lower case, Latin accents removed; Hangul syllables stay composed.</summary>
    public static string Fold(string text)
    {
        var compatible = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(compatible.Length);
        foreach (var c in compatible)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Han, Hangul and Kana: scripts written without spaces between words, matched by character.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
            or >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F'
            or >= '\u3040' and <= '\u30FF';

    /// <summary>Han characters (CJK unified ideographs and extensions), not Hangul or Kana.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7AF';
}
