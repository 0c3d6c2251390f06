using System.Text.Json;

namespace BioBridge.Tests;

/// <summary>
/// The authorization matrix as data (Security/authorization-matrix.tsv and Security/page-matrix.tsv, see OperationMatrix):
/// every operation of /openapi/v1.json and every page with a route parameter, times every persona, on paths that point at
/// organization A's and event X's data. An operation or page missing from its file fails by name, and so does a row for one
/// that no longer exists.
/// </summary>
public abstract partial class AuthorizationMatrixTests<TApp>
{
    const string OperationsFile = "authorization-matrix.tsv";

    [Fact]
    public async Task Every_api_operation_answers_each_persona_as_the_matrix_file_says()
    {
        var openApi = JsonDocument.Parse(await Host.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = openApi.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(method => method.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .ToList();
        operations.Count.ShouldBeGreaterThan(100);
        var matrix = OperationMatrix.Load(OperationsFile);
        var scene = await MatrixScene.OfAsync(Host);
        var observed = operations.ToDictionary(o => o, _ => new Dictionary<Persona, (string Verdict, int Status)>());
        var failures = new List<string>();
        failures.AddRange(operations.Where(o => !matrix.Rows.ContainsKey(o)).Select(o => $"{o}: no row in {OperationsFile}"));
        failures.AddRange(matrix.Order.Where(o => !operations.Contains(o)).Select(o => $"{o}: row in {OperationsFile} for an operation the app no longer has"));

        // Reads first; then every refused write, while the data it must not touch is intact; then the allowed writes, deletes last.
        // An operation without a row is still called, for the draft (BIOBRIDGE_MATRIX_DRAFT); it has failed by name above.
        var steps = operations
            .SelectMany(o => Personas.All.Select(p => (Operation: o, Persona: p, Expected: matrix.Rows.TryGetValue(o, out var row) ? row[p] : null)))
            .OrderBy(s => s.Operation.StartsWith("GET ", StringComparison.Ordinal) ? 0 : OperationMatrix.Refusal(s.Expected) ? 1 : 2)
            .ThenBy(s => s.Operation.StartsWith("DELETE ", StringComparison.Ordinal) ? 1 : 0)
            .ToList();
        foreach (var (operation, persona, expected) in steps)
        {
            var method = operation[..operation.IndexOf(' ')];
            var template = operation[(method.Length + 1)..];
            var client = await Host.ClientAsync(persona);
            using var request = new HttpRequestMessage(new HttpMethod(method), scene.Fill(template) + MatrixBodies.Query(operation));
            request.Content = MatrixBodies.For(operation, scene);
            using var response = await client.SendAsync(request);
            var verdict = OperationMatrix.Observe(persona, response, isPage: false);
            observed[operation][persona] = (verdict, (int)response.StatusCode);
            if (expected is not null && (!OperationMatrix.Fits(expected, verdict, (int)response.StatusCode) || verdict == "server-error"))
            {
                var body = await response.Content.ReadAsStringAsync();
                failures.Add($"{operation} as {persona}: expected {expected}, answered {(int)response.StatusCode} ({verdict}) {body[..Math.Min(body.Length, 160)]}");
            }
        }
        OperationMatrix.WriteDraft(OperationsFile, operations.Select(o => (o, (IReadOnlyDictionary<Persona, (string, int)>)observed[o])));
        failures.ShouldBeEmpty($"{failures.Count} of {steps.Count} answers differ from {OperationsFile}:\n{string.Join("\n", failures)}\n");
    }
}
