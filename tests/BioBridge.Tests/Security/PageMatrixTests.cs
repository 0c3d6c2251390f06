using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace BioBridge.Tests;

/// <summary>The pages of the matrix, on their own app: the API matrix's writes (a withdrawn submission, an answered request) do not reach them.</summary>
public abstract class PageMatrixTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    const string PagesFile = "page-matrix.tsv";

    [Fact]
    public async Task Every_page_with_a_route_parameter_answers_each_persona_as_the_matrix_file_says()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .Where(t => t.Contains('{')).Distinct().Order().ToList();
        pages.Count.ShouldBeGreaterThan(10);
        var matrix = OperationMatrix.Load(PagesFile);
        var scene = await MatrixScene.OfAsync(app);
        var observed = pages.ToDictionary(p => p, _ => new Dictionary<Persona, (string Verdict, int Status)>());
        var failures = new List<string>();
        failures.AddRange(pages.Where(p => !matrix.Rows.ContainsKey(p)).Select(p => $"{p}: no row in {PagesFile}"));
        failures.AddRange(matrix.Order.Where(p => !pages.Contains(p)).Select(p => $"{p}: row in {PagesFile} for a page the app no longer has"));
        foreach (var page in pages)
            foreach (var persona in Personas.All)
            {
                var expected = matrix.Rows.TryGetValue(page, out var row) ? row[persona] : null;
                using var response = await (await app.ClientAsync(persona)).GetAsync(scene.Fill(page));
                var verdict = OperationMatrix.Observe(persona, response, isPage: true);
                observed[page][persona] = (verdict, (int)response.StatusCode);
                if (expected is not null && (!OperationMatrix.Fits(expected, verdict, (int)response.StatusCode) || verdict == "server-error"))
                    failures.Add($"{page} as {persona}: expected {expected}, answered {(int)response.StatusCode} {response.Headers.Location} ({verdict})");
            }
        OperationMatrix.WriteDraft(PagesFile, pages.Select(p => (p, (IReadOnlyDictionary<Persona, (string, int)>)observed[p])));
        failures.ShouldBeEmpty($"{failures.Count} answers differ from {PagesFile}:\n{string.Join("\n", failures)}\n");
    }
}
