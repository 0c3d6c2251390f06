using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BioBridge.Tests.Architecture;

/// <summary>
/// Messages people read come out in their language (docs/architecture.md, "Failures are values"): a use case's outcome
/// and a field's error are said through a feature's text marker (<c>XText.Say(...)</c>), never as an English literal,
/// and every sentence said so is in the marker's Korean and Chinese resx with the same placeholders.
/// </summary>
public partial class LocalizedMessageTests
{
    static readonly string[] OutcomeFailures = ["Invalid", "NotFound", "Forbidden", "Conflict", "Unavailable", "TooLarge"];

    static IEnumerable<(string File, SyntaxNode Root)> AppSources() =>
        SourceFiles.Under("src/BioBridge").Select(f =>
            (Path.GetRelativePath(SourceFiles.Root, f), CSharpSyntaxTree.ParseText(File.ReadAllText(f)).GetRoot()));

    [Fact]
    public void No_outcome_or_field_error_carries_an_English_literal()
    {
        var literals = AppSources()
            .SelectMany(s => Messages(s.Root).Where(SaysLiteralText).Select(m => $"{s.File}:{Line(m)}: {m}"))
            .ToList();
        literals.ShouldBeEmpty();
    }

    [Fact]
    public void Every_sentence_a_feature_says_is_in_Korean_and_Chinese_with_its_placeholders()
    {
        var problems = new List<string>();
        foreach (var (file, root) in AppSources())
            foreach (var (marker, key, node) in Sentences(root))
            {
                var texts = Resx(marker);
                if (!texts[""].ContainsKey(key))
                    problems.Add($"{file}:{Line(node)}: {marker}.resx lacks \"{key}\"");
                foreach (var (culture, script) in new[] { ("ko", Hangul()), ("zh-Hans", Han()) })
                {
                    if (!texts[culture].TryGetValue(key, out var translated))
                        problems.Add($"{file}:{Line(node)}: {marker}.{culture}.resx lacks \"{key}\"");
                    else if (!script.IsMatch(translated))
                        problems.Add($"{file}:{Line(node)}: {marker}.{culture}.resx has an English copy of \"{key}\"");
                    else if (!Placeholders(translated).SequenceEqual(Placeholders(key)))
                        problems.Add($"{file}:{Line(node)}: {marker}.{culture}.resx changes the placeholders of \"{key}\"");
                }
            }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void No_resx_has_two_keys_that_differ_only_in_case()
    {
        // The resx compiler keeps one of them silently, so the other is never found.
        var twins = Directory.EnumerateFiles(Path.Combine(SourceFiles.Root, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
                .GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"{Path.GetRelativePath(SourceFiles.Root, f)}: {string.Join(" / ", g)}"))
            .ToList();
        twins.ShouldBeEmpty();
    }

    /// <summary>The message arguments of Outcome's failures and the values of field-error assignments (<c>errors["x"] = [...]</c>).</summary>
    static IEnumerable<ExpressionSyntax> Messages(SyntaxNode root)
    {
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            if (call.Expression is MemberAccessExpressionSyntax { Expression: var type, Name.Identifier.Text: var name }
                && type.ToString().StartsWith("Outcome", StringComparison.Ordinal) && OutcomeFailures.Contains(name))
            {
                var args = call.ArgumentList.Arguments;
                if (name is "Invalid" or "TooLarge" ? args.Count == 2 : args.Count == 1)
                    yield return args[^1].Expression;
            }
        foreach (var assignment in root.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            if (assignment.Left is ElementAccessExpressionSyntax or ImplicitElementAccessSyntax && assignment.Right is CollectionExpressionSyntax list)
                foreach (var element in list.Elements.OfType<ExpressionElementSyntax>())
                    yield return element.Expression;
    }

    static bool SaysLiteralText(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax p => SaysLiteralText(p.Expression),
        ConditionalExpressionSyntax c => SaysLiteralText(c.WhenTrue) || SaysLiteralText(c.WhenFalse),
        BinaryExpressionSyntax b => SaysLiteralText(b.Left) || SaysLiteralText(b.Right),
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } l => l.Token.ValueText.Any(char.IsLetter),
        InterpolatedStringExpressionSyntax i => i.Contents.OfType<InterpolatedStringTextSyntax>().Any(t => t.TextToken.ValueText.Any(char.IsLetter)),
        _ => false,
    };

    /// <summary>Every <c>XText.Say("...")</c> with its resx key: the English composite format the Sentence handler builds.</summary>
    static IEnumerable<(string Marker, string Key, SyntaxNode Node)> Sentences(SyntaxNode root)
    {
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            if (call.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax marker, Name.Identifier.Text: "Say" }
                && marker.Identifier.Text.EndsWith("Text", StringComparison.Ordinal) && call.ArgumentList.Arguments is [var argument]
                && KeyOf(argument.Expression) is { } key)
                yield return (marker.Identifier.Text, key, call);
    }

    static string? KeyOf(ExpressionSyntax expression)
    {
        if (expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            return Escape(literal.Token.ValueText);
        if (expression is not InterpolatedStringExpressionSyntax interpolated)
            return null;
        var key = new StringBuilder();
        var hole = 0;
        foreach (var content in interpolated.Contents)
            if (content is InterpolatedStringTextSyntax text)
                key.Append(Escape(text.TextToken.ValueText));
            else if (content is InterpolationSyntax value)
                key.Append('{').Append(hole++)
                    .Append(value.AlignmentClause is { } alignment ? "," + alignment.Value : "")
                    .Append(value.FormatClause is { } format ? ":" + format.FormatStringToken.ValueText : "")
                    .Append('}');
        return key.ToString();
    }

    static string Escape(string text) => text.Replace("{", "{{").Replace("}", "}}");

    static readonly Dictionary<string, Dictionary<string, Dictionary<string, string>>> Loaded = [];

    /// <summary>A marker's resx files by culture ("" is the English default), each key to its value.</summary>
    static Dictionary<string, Dictionary<string, string>> Resx(string marker)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(marker, out var known))
                return known;
            var neutral = Directory.EnumerateFiles(Path.Combine(SourceFiles.Root, "src/BioBridge"), marker + ".resx", SearchOption.AllDirectories)
                .Single(f => !f.Contains("/obj/") && !f.Contains("/bin/"));
            string Of(string culture) => culture == "" ? neutral : Path.ChangeExtension(neutral, culture + ".resx");
            return Loaded[marker] = new[] { "", "ko", "zh-Hans" }.ToDictionary(c => c, c =>
                XDocument.Load(Of(c)).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!));
        }
    }

    static IEnumerable<string> Placeholders(string format) =>
        PlaceholderPattern().Matches(format.Replace("{{", "").Replace("}}", "")).Select(m => m.Value).Order(StringComparer.Ordinal);

    static int Line(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[\uAC00-\uD7A3]")]
    private static partial Regex Hangul();

    [GeneratedRegex(@"[\u4E00-\u9FFF]")]
    private static partial Regex Han();
}
