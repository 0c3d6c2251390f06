using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BioBridge.Tests.Architecture;

/// <summary>Rules of docs/architecture.md that hold on the sources: short methods, one type per file of its name.</summary>
public class CodeShapeTests
{
    const int MostLines = 80;

    /// <summary>The solvers are each one algorithm step by step (docs/architecture.md).</summary>
    static readonly string[] LongMethodsAllowedIn =
        ["src/BioBridge.Scheduling/CpSatSolver.cs", "src/BioBridge.Scheduling/ExactBreakSolver.cs", "src/BioBridge.Scheduling/Z3MaxSat.cs", "src/BioBridge.Scheduling/MaxSatFormula.cs"];

    static IEnumerable<(string File, CompilationUnitSyntax Root)> Sources() =>
        SourceFiles.Under("src", "tests", "bench", "tools").Select(f =>
            (Path.GetRelativePath(SourceFiles.Root, f), (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(File.ReadAllText(f)).GetRoot()));

    [Fact]
    public void No_method_is_longer_than_80_lines_outside_the_solvers_and_test_scenarios()
    {
        var tooLong = Sources().Where(s => !LongMethodsAllowedIn.Contains(s.File))
            .SelectMany(s => s.Root.DescendantNodes().OfType<BaseMethodDeclarationSyntax>().Where(m => !IsTest(m)).Select(m => (s.File, Method: m)))
            .Select(x => (x.File, Name: (x.Method as MethodDeclarationSyntax)?.Identifier.Text ?? x.Method.Kind().ToString(), Lines: Lines(x.Method)))
            .Where(x => x.Lines > MostLines)
            .Select(x => $"{x.File}: {x.Name} has {x.Lines} lines").ToList();
        tooLong.ShouldBeEmpty();
    }

    [Fact]
    public void Every_type_is_in_a_file_of_its_name()
    {
        var misplaced = Sources()
            .SelectMany(s => s.Root.Members.Concat(s.Root.Members.OfType<BaseNamespaceDeclarationSyntax>().SelectMany(n => n.Members))
                .OfType<BaseTypeDeclarationSyntax>()
                .Where(t => !t.Modifiers.Any(SyntaxKind.FileKeyword) && !t.Modifiers.Any(SyntaxKind.PartialKeyword))
                .Where(t => t.Identifier.Text != TypeNameOf(s.File))
                .Select(t => $"{s.File}: {t.Identifier.Text}"))
            .ToList();
        misplaced.ShouldBeEmpty();
    }

    /// <summary>A test method tells one scenario from arrangement to the last assertion; it is not cut to a length.</summary>
    static bool IsTest(BaseMethodDeclarationSyntax method) =>
        method.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "Fact" or "Theory");

    /// <summary>Outcome.cs holds Outcome, Outcome{T}.cs holds Outcome&lt;T&gt;.</summary>
    static string TypeNameOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var brace = name.IndexOf('{');
        return brace < 0 ? name : name[..brace];
    }

    static int Lines(SyntaxNode node)
    {
        var span = node.GetLocation().GetLineSpan();
        return span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
    }
}
