using System.Diagnostics;
using System.Text;

namespace BioBridge.Bench;

/// <summary>
/// Writes a large multilingual organization file in the import columns (docs/contracts.md section 2), for timing
/// `import companies` side by side: `organizations generate --rows 100000 --out /tmp/orgs-100k.csv`.
/// </summary>
public static class OrganizationFileBench
{
    public static int Run(string[] args)
    {
        if (args is not ["generate", ..])
        {
            Console.Error.WriteLine("usage: BioBridge.Bench organizations generate --rows N --out FILE.csv [--seed N]");
            return 2;
        }
        var rows = int.Parse(BenchOptions.Value(args, "--rows") ?? "100000");
        var output = BenchOptions.Value(args, "--out") ?? $"organizations-{rows}.csv";
        var seed = int.Parse(BenchOptions.Value(args, "--seed") ?? "7");
        var watch = Stopwatch.StartNew();
        Write(rows, seed, output);
        Console.Error.WriteLine($"wrote {rows} organizations to {output} ({new FileInfo(output).Length / 1024 / 1024} MB) in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    static void Write(int rows, int seed, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("external_id,cluster,kind,name_ko,name_zh,name_en,description_ko,description_zh,description_en,sectors,offers,needs,founded,employees,patents,export_regions,city,country,website");
        foreach (var row in SyntheticOrganizations.Generate(rows, seed))
        {
            var d = row.Document;
            writer.WriteLine(string.Join(",", new object?[] {
                d.ExternalId, d.Cluster, d.Kind, d.Name.Ko, d.Name.Zh, d.Name.En,
                d.Description.Ko, d.Description.Zh, d.Description.En, "", d.Offers[0], d.Needs[0],
                row.Founded, row.Employees, row.Patents, string.Join(";", d.ExportRegions), d.City, d.Country, row.Website }.Select(Cell)));
        }
    }

    // RFC 4180: quote a cell holding a comma, quote or line break.
    static string Cell(object? value)
    {
        var text = value?.ToString() ?? "";
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
