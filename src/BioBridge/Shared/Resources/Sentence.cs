using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;
using System.Text;

namespace BioBridge.Shared.Resources;

/// <summary>
/// A sentence a user reads, written in English where it is said and shown in the reader's language: an interpolated
/// string becomes its composite format ("The meeting limit is 1 to {0}.") and its values, the format is looked up by
/// that English text in a feature's resx (the current UI culture: the request's, or the one a mail switched to with
/// <see cref="UiLanguage.Use"/>) and the values are filled in by the current culture. A feature's text marker says it
/// with <c>Say</c>: <c>Outcome.Invalid("body", MessagingText.Say($"A message has at most {max:N0} characters."))</c>.
/// </summary>
[InterpolatedStringHandler]
public readonly struct Sentence
{
    static readonly ConcurrentDictionary<Type, ResourceManager> Resources = new();

    readonly StringBuilder format;
    readonly List<object?> values;

    public Sentence(int literalLength, int formattedCount)
    {
        format = new StringBuilder(literalLength + 6 * formattedCount);
        values = new List<object?>(formattedCount);
    }

    public static implicit operator Sentence(string english)
    {
        var sentence = new Sentence(english.Length, 0);
        sentence.AppendLiteral(english);
        return sentence;
    }

    /// <summary>The resx key: the English composite format, braces of the text doubled.</summary>
    public string English => format.ToString();

    public void AppendLiteral(string text) => format.Append(text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));

    public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);

    public void AppendFormatted<T>(T value, string? format) => AppendFormatted(value, 0, format);

    public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

    public void AppendFormatted<T>(T value, int alignment, string? format)
    {
        this.format.Append('{').Append(values.Count.ToString(CultureInfo.InvariantCulture));
        if (alignment != 0)
            this.format.Append(',').Append(alignment.ToString(CultureInfo.InvariantCulture));
        if (format is not null)
            this.format.Append(':').Append(format);
        this.format.Append('}');
        values.Add(value);
    }

    /// <summary>The sentence in the current UI culture from the resx of <typeparamref name="TText"/>; English when it has none.</summary>
    public string In<TText>()
    {
        var key = English;
        // Ignoring case as the resx compiler does: of two keys that differ only in case it keeps one.
        var template = Resources.GetOrAdd(typeof(TText), t => new ResourceManager(t) { IgnoreCase = true }).GetString(key, CultureInfo.CurrentUICulture) ?? key;
        return string.Format(CultureInfo.CurrentCulture, template, [.. values]);
    }
}
