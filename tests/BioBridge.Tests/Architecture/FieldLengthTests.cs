using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BioBridge.Tests.Architecture;

/// <summary>
/// Lengths and limits are named once (FieldLengths or a constant on the entity) so the EF mapping, the use cases'
/// validation and the forms cannot drift apart; a bare number in a mapping is where drift starts.
/// </summary>
public partial class FieldLengthTests
{
    [Fact]
    public void No_HasMaxLength_takes_a_number_literal_outside_the_generated_migrations()
    {
        var literals = SourceFiles.Under("src/BioBridge")
            .SelectMany(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f)).GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "HasMaxLength" } && IsLiteral(i))
                .Select(i => $"{Path.GetRelativePath(SourceFiles.Root, f)}:{i.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {i}"))
            .ToList();
        literals.ShouldBeEmpty();
    }

    [Fact]
    public void No_form_field_takes_a_number_literal_as_maxlength()
    {
        var literals = Directory.EnumerateFiles(Path.Combine(SourceFiles.Root, "src/BioBridge"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Select((line, n) => (Line: line, Number: n + 1))
                .Where(l => MaxLengthLiteral().IsMatch(l.Line))
                .Select(l => $"{Path.GetRelativePath(SourceFiles.Root, f)}:{l.Number}: {l.Line.Trim()}"))
            .ToList();
        literals.ShouldBeEmpty();
    }

    static bool IsLiteral(InvocationExpressionSyntax call) =>
        call.ArgumentList.Arguments is [{ Expression: LiteralExpressionSyntax or PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax } }];

    [GeneratedRegex("maxlength=\"\\d+\"", RegexOptions.IgnoreCase)]
    private static partial Regex MaxLengthLiteral();
}
