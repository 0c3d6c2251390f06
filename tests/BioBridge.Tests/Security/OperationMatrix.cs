using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests;

/// <summary>
/// The expected answers of the authorization matrix, kept as data: one row per operation (method and path template, or
/// page route), one column per persona. Values:
/// <list type="bullet">
/// <item><c>ok</c>: a 2xx answer (a page: 200).</item>
/// <item><c>allow</c>: not denied: 2xx, or a validation or state answer (400, 404, 409, 422, a redirect that is not to sign-in).</item>
/// <item><c>deny</c>: the anonymous caller gets 401 (a page: redirect to sign-in), a signed-in one 403 (a page: redirect to the denied page).</item>
/// <item><c>hide</c>: 404, the resource is outside the caller's scope and is not shown to exist.</item>
/// <item><c>refuse</c>: any 4xx; the caller has no standing at all (no organization to act for) and may be told so by validation.</item>
/// </list>
/// Never a 5xx, whatever the expectation. Text after '#' is a comment.
/// </summary>
public sealed class OperationMatrix
{
    public static readonly string[] Values = ["ok", "allow", "deny", "hide", "refuse"];

    public required IReadOnlyList<Persona> Columns { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<Persona, string>> Rows { get; init; }
    public required IReadOnlyList<string> Order { get; init; }

    public static string FilePath(string name) => Path.Combine(AppContext.BaseDirectory, "Security", name);

    public static OperationMatrix Load(string name)
    {
        var lines = File.ReadAllLines(FilePath(name)).Select(l => l.Split('#')[0].TrimEnd()).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        header[0].ShouldBe("operation");
        var columns = header.Skip(1).Select(Enum.Parse<Persona>).ToList();
        columns.ShouldBe(Personas.All, ignoreOrder: true, customMessage: $"{name}: one column per persona");
        var rows = new Dictionary<string, IReadOnlyDictionary<Persona, string>>();
        var order = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            cells.Length.ShouldBe(columns.Count + 1, $"{name}: {line}");
            var values = columns.Select((p, i) => (p, v: cells[i + 1].Trim())).ToDictionary(c => c.p, c => c.v);
            values.Values.ShouldAllBe(v => Values.Contains(v), $"{name}: {cells[0]}");
            rows.TryAdd(cells[0], values).ShouldBeTrue($"{name}: {cells[0]} appears twice");
            order.Add(cells[0]);
        }
        return new OperationMatrix { Columns = columns, Rows = rows, Order = order };
    }

    /// <summary>BIOBRIDGE_MATRIX_DRAFT=folder: the observed answers are written there as a draft of the data file, with the statuses as a comment.</summary>
    public static void WriteDraft(string name, IEnumerable<(string Operation, IReadOnlyDictionary<Persona, (string Verdict, int Status)> Answers)> rows)
    {
        if (Environment.GetEnvironmentVariable("BIOBRIDGE_MATRIX_DRAFT") is not { Length: > 0 } folder)
            return;
        Directory.CreateDirectory(folder);
        var text = new StringBuilder("operation\t" + string.Join('\t', Personas.All) + "\n");
        foreach (var (operation, answers) in rows)
            text.Append(operation).Append('\t').Append(string.Join('\t', Personas.All.Select(p => answers.TryGetValue(p, out var a) ? a.Verdict : "?")))
                .Append("\t# ").Append(string.Join(' ', Personas.All.Select(p => answers.TryGetValue(p, out var a) ? a.Status.ToString() : "-"))).Append('\n');
        File.WriteAllText(Path.Combine(folder, name), text.ToString());
    }

    /// <summary>What an answer shows, in the file's words; null when it is a server error.</summary>
    public static string Observe(Persona persona, HttpResponseMessage response, bool isPage)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        if (status >= 500)
            return "server-error";
        if (isPage && status is 301 or 302 or 303 or 307)
        {
            if (location.Contains("/account/sign-in", StringComparison.Ordinal))
                return persona == Persona.Anonymous ? "deny" : "redirect-to-sign-in";
            if (location.Contains("/account/denied", StringComparison.Ordinal))
                return persona == Persona.Anonymous ? "redirect-to-denied" : "deny";
            return "allow";
        }
        return status switch
        {
            >= 200 and < 300 => "ok",
            401 => persona == Persona.Anonymous ? "deny" : "401-for-signed-in",
            403 => persona == Persona.Anonymous ? "403-for-anonymous" : "deny",
            404 => "hide",
            _ => "allow",
        };
    }

    public static bool Fits(string expected, string observed, int status) => expected switch
    {
        "ok" => observed == "ok",
        "allow" => observed is "ok" or "allow" or "hide",
        "deny" => observed == "deny",
        "hide" => observed == "hide",
        "refuse" => status is >= 400 and < 500,
        _ => false,
    };

    /// <summary>The order the personas write in: the refusals first, while the data they must not touch is intact.</summary>
    public static bool Refusal(string? expected) => expected is "deny" or "hide" or "refuse";
}
