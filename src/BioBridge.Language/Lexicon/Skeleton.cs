using System.Text;

namespace BioBridge.Language;

/// <summary>
/// Sound skeletons shared by an English word and its Hangul transliteration: consonants merged into the classes
/// Hangul keeps apart (k, t, p, s, l, m, n), each run of vowels one V; h dropped; an r before a consonant or at the
/// end dropped (Korean borrows English non-rhotic), a final silent e dropped, the vowel Korean adds to split
/// consonant clusters (ㅡ: 스, 크, 플) dropped, doubled consonants once.
/// microcapsule and 마이크로캡슐 both give "mVklVkVpsVl"; platform and 플랫폼 "plVtpVm"; tank and 탱크 "tVnk".
/// </summary>
static class Skeleton
{
    public static string OfEnglish(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length > 3 && w[^1] == 'e' && !IsVowel(w[^2]))
            w = w[..^1];
        var s = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : ' ';
            if (w.AsSpan(i).StartsWith("tion") || w.AsSpan(i).StartsWith("sion"))
            {
                Push(s, 's'); Push(s, 'V'); Push(s, 'n');
                i += 3;
                continue;
            }
            switch (c)
            {
                case 'p' when next == 'h': Push(s, 'p'); i++; break;
                case 't' when next == 'h': Push(s, 't'); i++; break;
                case 'c' or 's' when next == 'h': Push(s, 's'); i++; break;
                case 'c' when next == 'k': Push(s, 'k'); i++; break;
                case 'c' or 'g' when next is 'e' or 'i' or 'y': Push(s, 's'); break;
                case 'c' or 'g' or 'k' or 'q': Push(s, 'k'); break;
                case 'x': Push(s, 'k'); Push(s, 's'); break;
                case 'b' or 'p' or 'f' or 'v': Push(s, 'p'); break;
                case 'd' or 't': Push(s, 't'); break;
                case 's' or 'z' or 'j': Push(s, 's'); break;
                case 'l': Push(s, 'l'); break;
                case 'r' when IsVowel(next): Push(s, 'l'); break;
                case 'n' when next == 'g' && (i + 2 >= w.Length || !IsVowel(w[i + 2])): Push(s, 'n'); i++; break;
                case 'm' or 'n': Push(s, c); break;
                case 'w': Push(s, 'V'); break;
                case var v when IsVowel(v): Push(s, 'V'); break;
            }
        }
        return s.ToString();
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // Initial and final consonants of a Hangul syllable (Unicode order), as the classes above; "" is silent.
    static readonly string[] Initials = ["k", "k", "n", "t", "t", "l", "m", "p", "p", "s", "s", "", "s", "s", "s", "k", "t", "p", ""];
    static readonly string[] Finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "n", "t", "t", "k", "t", "p", "t"];
    const int VowelEu = 18; // ㅡ

    public static string? OfHangul(string word)
    {
        var s = new StringBuilder(word.Length * 3);
        foreach (var c in word)
        {
            if (c is < '\uAC00' or > '\uD7A3')
                return null;
            var index = c - '\uAC00';
            foreach (var consonant in Initials[index / 588])
                Push(s, consonant);
            if (index % 588 / 28 != VowelEu)
                Push(s, 'V');
            foreach (var consonant in Finals[index % 28])
                Push(s, consonant);
        }
        return s.ToString();
    }

    static void Push(StringBuilder s, char c)
    {
        if (s.Length == 0 || s[^1] != c)
            s.Append(c);
    }
}
