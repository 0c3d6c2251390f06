using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BioBridge.Shared;

/// <summary>
/// A text cut into plain parts (for the service) and protected terms (each with its target-language form). The service
/// sees each term as &lt;x id="n"/&gt;, a tag translation services keep; every tag must come back exactly once.
/// </summary>
public sealed partial class ProtectedText(IReadOnlyList<ProtectedText.Part> parts)
{
    /// <summary>Plain text (Target null) or a protected term and what it becomes.</summary>
    public sealed record Part(string Text, string? Target);

    public IReadOnlyList<Part> Parts => parts;

    IEnumerable<Part> Terms => parts.Where(p => p.Target is not null);

    /// <summary>False when nothing is left to translate but terms, spaces, digits and punctuation.</summary>
    public bool NeedsService => parts.Any(p => p.Target is null && p.Text.Any(char.IsLetter));

    /// <summary>The text the service receives; markup escapes the plain parts so a service reading XML/HTML sees them as text.</summary>
    public string Render(bool markup)
    {
        var text = new StringBuilder();
        var id = 0;
        foreach (var part in parts)
            text.Append(part.Target is null ? markup ? WebUtility.HtmlEncode(part.Text) : part.Text : $"<x id=\"{++id}\"/>");
        return text.ToString();
    }

    /// <summary>The text with every term in its target form, without asking any service.</summary>
    public string WithTargetTerms() => string.Concat(parts.Select(p => p.Target ?? p.Text));

    /// <summary>The service's answer with each placeholder replaced by its term; a lost or repeated placeholder fails the translation.</summary>
    public string Restore(string translated, bool markup, string service)
    {
        var targets = Terms.Select(t => t.Target!).ToList();
        var seen = new int[targets.Count];
        var text = new StringBuilder();
        var at = 0;
        foreach (Match match in Placeholder().Matches(translated))
        {
            var id = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (id < 1 || id > targets.Count || seen[id - 1]++ > 0)
                throw Lost(service, $"placeholder {id} is unknown or repeated");
            text.Append(Plain(translated[at..match.Index], markup)).Append(targets[id - 1]);
            at = match.Index + match.Length;
        }
        text.Append(Plain(translated[at..], markup));
        if (Array.IndexOf(seen, 0) is var missing and >= 0)
            throw Lost(service, $"the term '{Terms.ElementAt(missing).Text}' did not come back");
        return text.ToString().Trim();
    }

    static string Plain(string text, bool markup) => markup ? WebUtility.HtmlDecode(text) : text;

    static TranslationFailedException Lost(string service, string detail) =>
        new(TranslationFailure.Rejected, $"{service} did not keep the glossary's protected terms ({detail}), so its translation is not used.");

    // Services may answer <x id="1"/>, <x id="1" />, <x id=1> or an HTML parser's <x id="1"></x>.
    [GeneratedRegex("""<x\s+id\s*=\s*["']?(\d+)["']?\s*/?>(?:\s*</x>)?""", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
