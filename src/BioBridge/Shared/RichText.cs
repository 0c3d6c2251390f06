using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace BioBridge.Shared;

/// <summary>
/// Organization descriptions and opportunity texts may use a little Markdown: paragraphs, **bold**, *italic*, lists,
/// quotes and links. HTML typed into the text is shown as text, never interpreted; the HTML Markdig makes is then
/// passed through an allow-list sanitizer, so not even a parser bug can let a script, an event handler, a style or a
/// javascript: link through. Links leave with rel="nofollow noopener noreferrer".
/// </summary>
public static class RichText
{
    static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UseSoftlineBreakAsHardlineBreak().Build();

    static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote", "code", "pre", "h3", "h4", "hr"],
                StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
        })
        {
            // A heading level or table the allow-list does not know keeps its words.
            KeepChildNodes = true,
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
                link.SetAttribute("rel", "nofollow noopener noreferrer");
        };
        return sanitizer;
    }

    public static string ToHtml(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : Sanitizer.Sanitize(Markdig.Markdown.ToHtml(text, Markdown));

    public static MarkupString Render(string? text) => new(ToHtml(text));
}
