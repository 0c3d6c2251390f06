using System.Diagnostics;
using BioBridge.Language;

namespace BioBridge.Bench;

/// <summary>
/// Discovery quality and speed:
///   discovery quality [--file tests/quality/discovery-quality.json]   Recall@5, MRR, hit@5 on a quality set
///                                                                      (discovery-quality.json, discovery-bridge.json)
///   discovery speed [--organizations 100000] [--queries 2000]          index build, search and recommendation latency
///   discovery words TEXT                                               the bridge's words of a text, pieces and keys
///   discovery search --file F.json QUERY                               a quality set's top 10 for one query, with what matched
///   discovery recommend --file F.json ID                               a quality set's top 10 partners for one organization
/// </summary>
public static class DiscoveryBench
{
    public static int Run(string[] args) => args.FirstOrDefault() switch
    {
        "quality" => Quality(BenchOptions.Value(args, "--file") ?? "tests/quality/discovery-quality.json"),
        "words" when args.Length > 1 => Words(string.Join(' ', args[1..])),
        "search" when args.Length > 3 && args[1] == "--file" => Search(args[2], string.Join(' ', args[3..])),
        "recommend" when args.Length > 3 && args[1] == "--file" => Recommend(args[2], args[3]),
        "speed" => Speed(int.Parse(BenchOptions.Value(args, "--organizations") ?? "100000"), int.Parse(BenchOptions.Value(args, "--queries") ?? "2000")),
        _ => Usage(),
    };

    static int Usage()
    {
        Console.Error.WriteLine("usage: BioBridge.Bench discovery quality [--file F.json] | speed [--organizations N] [--queries N]");
        return 2;
    }

    static int Quality(string path)
    {
        var report = DiscoveryQuality.Evaluate(QualitySet.Parse(File.ReadAllText(path)), Taxonomy.Default);
        Console.WriteLine($"searches: {report.Searches}  Recall@5 {report.SearchRecallAt5:0.000}  MRR {report.SearchMrr:0.000}");
        Console.WriteLine($"recommendations: {report.Recommendations}  hit@5 {report.RecommendationHitAt5:0.000}");
        Console.WriteLine($"nonsense returns nothing: {report.NonsenseReturningNothing} of {report.NonsenseSearches}");
        Console.WriteLine("| query -> profile | queries | Recall@5 | MRR |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var pair in report.ByLanguagePair)
            Console.WriteLine($"| {pair.Pair} | {pair.Queries} | {pair.RecallAt5:0.000} | {pair.Mrr:0.000} |");
        foreach (var miss in report.Misses)
            Console.Error.WriteLine("miss: " + miss);
        return 0;
    }

    static int Words(string text)
    {
        foreach (var word in LexicalBridge.Default.Words(text))
        {
            Console.WriteLine($"{word.Surface}: {Keys(word.Surface)}");
            foreach (var piece in word.Pieces)
                Console.WriteLine($"  + {piece.Surface}: {Keys(piece.Surface)}");
        }
        return 0;
    }

    static int Search(string path, string query)
    {
        var index = new DirectoryIndex(Taxonomy.Default);
        index.UpsertMany(QualitySet.Parse(File.ReadAllText(path)).Organizations.Select(o => o.ToDocument()));
        foreach (var hit in index.Search(new SearchQuery { Text = query, Take = 10 }).Hits)
            Console.WriteLine($"{hit.ExternalId} {hit.Score:0.000} words: {string.Join(", ", hit.MatchedTerms)} concepts: {string.Join(", ", hit.MatchedConcepts)}");
        return 0;
    }

    static int Recommend(string path, string externalId)
    {
        var index = new DirectoryIndex(Taxonomy.Default);
        index.UpsertMany(QualitySet.Parse(File.ReadAllText(path)).Organizations.Select(o => o.ToDocument()));
        foreach (var partner in index.Recommend(externalId) ?? [])
            Console.WriteLine($"{partner.ExternalId} {partner.Score:0.000} {string.Join("; ", partner.Reasons.Select(r => r.Describe("en", Taxonomy.Default)))}");
        return 0;
    }

    static string Keys(string surface) =>
        string.Join(", ", LexicalBridge.Default.KeysOf(surface).Select(k => $"{k.Key} {k.Weight:0.##}"));

    static int Speed(int organizations, int queries)
    {
        var documents = SyntheticOrganizations.Generate(organizations, 7).Select(r => r.Document).ToList();
        // Uncached: every query is computed, as if no two users ever asked the same thing.
        var index = new DirectoryIndex(Taxonomy.Default, cacheAnswers: false);
        var build = Stopwatch.StartNew();
        foreach (var chunk in documents.Chunk(5000))
        {
            index.UpsertMany(chunk);
            Console.Error.Write($"\rindexed {index.Count}/{organizations}");
        }
        Console.Error.WriteLine();
        build.Stop();

        var random = new Random(11);
        var phrases = SyntheticOrganizations.Phrases.ToArray();
        var words = phrases.SelectMany(p => p.Split(' ')).Distinct().ToArray();
        string Query() => random.Next(3) switch
        {
            0 => phrases[random.Next(phrases.Length)],
            1 => words[random.Next(words.Length)],
            _ => $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]}",
        };
        for (var i = 0; i < 50; i++)
            index.Search(new SearchQuery { Text = Query() });
        var search = Measure(queries, () => index.Search(new SearchQuery { Text = Query(), Take = 20 }));
        var filtered = Measure(queries / 4, () => index.Search(new SearchQuery { Text = Query(), Cluster = "liangjiang", ExportRegion = "EU", Take = 20 }));
        var recommend = Measure(Math.Max(1, queries / 4), () => index.Recommend(documents[random.Next(documents.Count)].ExternalId, 10));

        Console.WriteLine($"organizations: {organizations}; index build {build.Elapsed.TotalSeconds:0.0} s; managed memory {GC.GetTotalMemory(true) / 1024 / 1024} MB");
        Console.WriteLine("| operation | runs | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Row("search (1-2 words or a phrase, top 20, facets)", search);
        Row("search with cluster and region filters", filtered);
        Row("recommendations (top 10 with reasons)", recommend);
        return 0;
    }

    /// <summary>Wall time and the thread's CPU time of each run, each sorted.</summary>
    static (List<double> Wall, List<double> Cpu) Measure(int runs, Action action)
    {
        var (wall, cpu) = (new List<double>(runs), new List<double>(runs));
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var cpuStart = ThreadClock.Milliseconds();
            action();
            cpu.Add(ThreadClock.Milliseconds() - cpuStart);
            wall.Add(watch.Elapsed.TotalMilliseconds);
        }
        wall.Sort();
        cpu.Sort();
        return (wall, cpu);
    }

    static void Row(string name, (List<double> Wall, List<double> Cpu) times)
    {
        static double P(List<double> sorted, double q) => sorted[(int)(sorted.Count * q)];
        var (wall, cpu) = times;
        Console.WriteLine($"| {name} | {wall.Count} | {P(wall, 0.5):0.0} | {P(wall, 0.95):0.0} | {wall[^1]:0.0} | {P(cpu, 0.5):0.0} | {P(cpu, 0.95):0.0} |");
    }
}
