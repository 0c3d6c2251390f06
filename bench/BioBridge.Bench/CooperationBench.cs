using System.Diagnostics;
using BioBridge.Data;
using BioBridge.Features.Cooperation;
using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BioBridge.Bench;

/// <summary>
/// The cooperation dashboard at scale:
///   cooperation [--db CONNECTION] [--organizations 100000] [--meetings 1000000] [--deals 50000]
/// fills an empty database (default: a SQLite file under /tmp) with organizations of both clusters, events whose
/// delegates held the meetings (requests, meetings and seats), deals with parties, joint projects and introductions
/// spread over 2024-2026, set-based in SQL (SQLite or PostgreSQL: --db "Host=..."); then times the dashboard (every
/// figure, series and the funnel) overall, per cluster and per agreement, the first page and total of every kind of
/// records, and the Excel and PDF reports, warm, median of 5 runs, with the load average of the machine.
/// </summary>
public static class CooperationBench
{
    const int SlotsPerEvent = 40;
    const int PairsPerSlot = 125;

    public static int Run(string[] args)
    {
        var db = BenchOptions.Value(args, "--db") ?? "Data Source=/tmp/biobridge-cooperation-bench.db";
        int Option(string name, int fallback) => int.Parse(BenchOptions.Value(args, name) ?? fallback.ToString());
        return RunAsync(db, Option("--organizations", 100_000), Option("--meetings", 1_000_000), Option("--deals", 50_000)).GetAwaiter().GetResult();
    }

    static async Task<int> RunAsync(string database, int organizations, int meetings, int deals)
    {
        await using var services = CommandServices.Build(database);
        await services.MigrateAsync();
        var db = services.Get<AppDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1)); // generation and the summary rebuild are single statements over a million rows
        if (!await db.Organizations.AnyAsync())
        {
            var clock = Stopwatch.StartNew();
            await GenerateAsync(db, organizations, meetings, deals);
            Console.Error.WriteLine($"generated in {clock.Elapsed.TotalSeconds:0.0} s");
        }
        Console.WriteLine($"rows: {await db.Organizations.CountAsync():N0} organizations, {await db.Meetings.CountAsync():N0} meetings, " +
            $"{await db.MeetingRequests.CountAsync():N0} requests, {await db.Deals.CountAsync():N0} deals, {await db.JointProjects.CountAsync():N0} projects");

        var dashboard = services.Get<CooperationDashboard>();
        // Commands run without the web app's localization; the reports get the same resource-backed localizer it uses.
        var localizers = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var reports = new DashboardReports(new StringLocalizer<CooperationText>(localizers), new ConfigurationBuilder().Build());
        var agreement = await db.Agreements.OrderBy(a => a.Id).Select(a => a.Slug).FirstAsync();
        var cases = new (string Name, DashboardFilter Filter)[]
        {
            ("overall, last 24 months", new DashboardFilter()),
            ("overall, 2024-01-01..2026-12-31", new DashboardFilter(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31))),
            ("cluster seoul-bio-hub, 2024-2026", new DashboardFilter(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31), Cluster.SeoulBioHub)),
            ("cluster liangjiang, 2025-03-17..2025-09-02", new DashboardFilter(new DateOnly(2025, 3, 17), new DateOnly(2025, 9, 2), Cluster.Liangjiang)),
            ($"agreement {agreement}", new DashboardFilter(null, null, null, agreement)),
            ($"agreement {agreement}, cluster liangjiang, 2025", new DashboardFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), Cluster.Liangjiang, agreement)),
        };
        Console.WriteLine($"load average at start: {LoadAverage()}");
        foreach (var (name, filter) in cases)
        {
            DashboardResult? result = null;
            var median = await MedianAsync(db, async () => (_, result) = await dashboard.HandleAsync(filter, "en", default));
            Console.WriteLine($"dashboard {name}: {median} " +
                $"(held {result!.MeetingsHeld.Value:N0}, requests {result.MeetingRequests.Value:N0}, follow-ups {result.FollowUps.Value:N0}, deals {result.Deals.Value:N0})");
        }
        var (_, scope) = await dashboard.ScopeAsync(cases[2].Filter, default);
        foreach (var kind in DashboardRecords.Kinds)
        {
            RecordPage? page = null;
            var median = await MedianAsync(db, async () => (_, page) = await DashboardRecords.ListAsync(scope!, kind, null, "en", 1, 50, default));
            Console.WriteLine($"records {kind} (seoul-bio-hub 2024-2026, page 1 of {page!.Total:N0}): {median}");
        }
        var (_, report) = await dashboard.HandleAsync(cases[2].Filter, "ko", default);
        Console.WriteLine($"report.xlsx (ko, figures given): {await MedianAsync(db, () => Task.FromResult(reports.Workbook(report!, "ko")))}");
        Console.WriteLine($"report.pdf (ko, figures given): {await MedianAsync(db, () => Task.FromResult(reports.Pdf(report!, "ko", out _)))}");
        Console.WriteLine($"load average at end: {LoadAverage()}");
        return 0;
    }

    static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>One warm-up run, then the median and maximum of five, each on a clean change tracker.</summary>
    static async Task<string> MedianAsync<T>(AppDb db, Func<Task<T>> run)
    {
        var times = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            db.ChangeTracker.Clear();
            var clock = Stopwatch.StartNew();
            await run();
            if (i > 0)
                times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return $"median {times[2]:0} ms, max {times[^1]:0} ms";
    }

    /// <summary>The SQL that differs between SQLite and PostgreSQL; everything else is written once, identifiers quoted.</summary>
    sealed record Dialect(bool Postgres)
    {
        public string Seq(int count) => Postgres
            ? $"WITH seq(n) AS (SELECT generate_series(1, {count}))"
            : $"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {count})";

        /// <summary>A day of 2024-01-01 .. 2026-11-25 from a number.</summary>
        public string Day(string n) => Postgres ? $"(DATE '2024-01-01' + (({n}) % 1060)::int)" : $"date('2024-01-01', '+' || (({n}) % 1060) || ' days')";

        /// <summary>Midnight UTC of a day, <paramref name="daysBefore"/> days earlier.</summary>
        public string Midnight(string day, string daysBefore = "0") => Postgres
            ? $"(({day} - ({daysBefore})::int)::timestamp AT TIME ZONE 'UTC')"
            : $"datetime({day}, (-({daysBefore})) || ' days')";

        public string Time(string hour, string minute) => Postgres ? $"make_time({hour}, {minute}, 0)" : $"printf('%02d:%02d:00', {hour}, {minute})";

        public string Texts(params string[] items) => Postgres
            ? $"ARRAY[{string.Join(", ", items.Select(i => $"'{i}'"))}]::text[]"
            : $"'[{string.Join(",", items.Select(i => $"\"{i}\""))}]'";

        public string NoInts => Postgres ? "ARRAY[]::integer[]" : "'[]'";
        public string Date(string iso) => Postgres ? $"DATE '{iso}'" : $"'{iso}'";
        public string Timestamp(string iso) => Postgres ? $"TIMESTAMPTZ '{iso} 00:00:00+00'" : $"'{iso} 00:00:00'";
        public string Money(string amount) => Postgres ? amount : $"'{amount}'";
    }

    /// <summary>
    /// Set-based generation in SQL (a sequence joined into INSERT ... SELECT, ids computed so relations need no
    /// lookups): millions of rows in a minute where entity-by-entity inserts would take an hour. The daily activity
    /// summary is rebuilt afterwards, as after any bulk load.
    /// </summary>
    static async Task GenerateAsync(AppDb db, int organizations, int meetings, int deals)
    {
        // The agreement the per-agreement figures are timed for: a third of the deals and half of the projects serve it.
        db.Agreements.Add(new Agreement
        {
            Slug = "bench-mou", Kind = AgreementKind.Mou, TitleEn = "Bench MOU", SignedOn = new DateOnly(2024, 7, 29),
            Parties =
            [
                new AgreementParty { Kind = PartyKind.Cluster, ClusterId = Cluster.SeoulBioHub, NameEn = "Seoul Bio Hub" },
                new AgreementParty { Kind = PartyKind.Cluster, ClusterId = Cluster.Liangjiang, NameEn = "Liangjiang" },
            ],
        });
        await db.SaveChangesAsync();
        var sql = new Dialect(db.Database.IsNpgsql());
        var events = (meetings + SlotsPerEvent * PairsPerSlot - 1) / (SlotsPerEvent * PairsPerSlot);
        var half = organizations / 2;
        var epoch = sql.Timestamp("2024-01-01");
        string[] statements =
        [
            $"{sql.Seq(organizations)} INSERT INTO \"Organizations\" (\"Id\", \"ExternalId\", \"ClusterId\", \"Kind\", \"NameEn\", \"Offers\", \"Needs\", \"Patents\", \"ExportRegions\", \"IsSample\", \"IsPublished\", \"SectorsInferred\", \"CreatedAt\", \"UpdatedAt\") " +
            $"SELECT n, 'bench-' || n, CASE n % 2 WHEN 0 THEN 'seoul-bio-hub' ELSE 'liangjiang' END, 'Company', 'Bench organization ' || n, {sql.Texts()}, {sql.Texts()}, n % 60, {sql.Texts("EU", "SEA")}, FALSE, TRUE, FALSE, {epoch}, {epoch} FROM seq",
            "CREATE TEMP TABLE codes AS SELECT row_number() OVER (ORDER BY \"Code\") - 1 AS i, \"Code\" FROM (SELECT \"Code\" FROM \"Concepts\" ORDER BY \"Code\" LIMIT 40) c",
            $"{sql.Seq(organizations)} INSERT INTO \"OrganizationSectors\" (\"OrganizationId\", \"ConceptCode\") SELECT n, \"Code\" FROM seq JOIN codes ON codes.i = n % 40",
            $"{sql.Seq(organizations)} INSERT INTO \"OrganizationSectors\" (\"OrganizationId\", \"ConceptCode\") SELECT n, \"Code\" FROM seq JOIN codes ON codes.i = (n * 7 + 3) % 40 WHERE (n * 7 + 3) % 40 <> n % 40",
            $"{sql.Seq(events)} INSERT INTO \"Events\" (\"Id\", \"Slug\", \"NameEn\", \"TimeZone\", \"StartsOn\", \"EndsOn\", \"IsPublished\") SELECT 1000000 + n, 'bench-' || n, 'Bench event ' || n, 'Asia/Seoul', {sql.Day("n * 5")}, {sql.Day("n * 5")}, TRUE FROM seq",
            $"{sql.Seq(events * SlotsPerEvent)} INSERT INTO \"EventSlots\" (\"Id\", \"EventId\", \"Day\", \"Start\", \"Minutes\", \"Ordinal\") " +
            $"SELECT 1000000 + n, 1000000 + (n - 1) / {SlotsPerEvent} + 1, {sql.Day($"((n - 1) / {SlotsPerEvent} + 1) * 5")}, {sql.Time($"8 + ((n - 1) % {SlotsPerEvent}) / 4", "15 * ((n - 1) % 4)")}, 15, (n - 1) % {SlotsPerEvent} FROM seq",
            $"{sql.Seq(events)} INSERT INTO \"EventLocations\" (\"Id\", \"EventId\", \"Code\", \"Kind\") SELECT 1000000 + n, 1000000 + n, 'online', 'Virtual' FROM seq",
            // Delegates 0..124 of an event speak for Seoul organizations (even ids), 125..249 for Liangjiang (odd ids).
            $"{sql.Seq(events * 2 * PairsPerSlot)} INSERT INTO \"Delegates\" (\"Id\", \"CalendarToken\", \"DisplayName\", \"Email\", \"EventId\", \"Languages\", \"MaxMeetings\", \"OrganizationId\", \"RegisteredAt\", \"SpeakingSessionIds\", \"UnavailableSlotIds\") " +
            $"SELECT 1000000 + n, 'bench-' || n, 'Delegate ' || n, 'd' || n || '@bench.example', 1000000 + (n - 1) / {2 * PairsPerSlot} + 1, {sql.Texts("en")}, {SlotsPerEvent}, " +
            $"(((n * 7919) % {half}) * 2) + CASE WHEN (n - 1) % {2 * PairsPerSlot} < {PairsPerSlot} THEN 2 ELSE 1 END, {epoch}, {sql.NoInts}, {sql.NoInts} FROM seq",
            // Request n: event e, slot s, pair k; from delegate k, to delegate 125 + (k + s) % 125 of the event.
            $"{sql.Seq(meetings)} INSERT INTO \"MeetingRequests\" (\"Id\", \"EventId\", \"FromDelegateId\", \"ToDelegateId\", \"Message\", \"Priority\", \"Mode\", \"Status\", \"CreatedAt\") " +
            $"SELECT 1000000 + n, 1000000 + e + 1, 1000000 + e * {2 * PairsPerSlot} + k + 1, 1000000 + e * {2 * PairsPerSlot} + {PairsPerSlot} + (k + s) % {PairsPerSlot} + 1, '', 2, 'Virtual', 'Accepted', " +
            $"{sql.Midnight(sql.Day("(e + 1) * 5"), "k % 30")} FROM (SELECT n, (n - 1) / {SlotsPerEvent * PairsPerSlot} AS e, ((n - 1) / {PairsPerSlot}) % {SlotsPerEvent} AS s, (n - 1) % {PairsPerSlot} AS k FROM seq) x",
            "INSERT INTO \"Meetings\" (\"Id\", \"EventId\", \"RequestId\", \"SlotId\", \"LocationId\", \"Mode\", \"IsFixed\", \"IsPublished\", \"Status\") " +
            $"SELECT r.\"Id\", r.\"EventId\", r.\"Id\", 1000000 + ((r.\"Id\" - 1000001) / {PairsPerSlot}) + 1, r.\"EventId\", 'Virtual', FALSE, TRUE, CASE r.\"Id\" % 5 WHEN 0 THEN 'Scheduled' ELSE 'Held' END FROM \"MeetingRequests\" r WHERE r.\"Id\" > 1000000",
            "INSERT INTO \"MeetingSeats\" (\"MeetingId\", \"DelegateId\", \"SlotId\") SELECT m.\"Id\", r.\"FromDelegateId\", m.\"SlotId\" FROM \"Meetings\" m JOIN \"MeetingRequests\" r ON r.\"Id\" = m.\"RequestId\" WHERE m.\"Id\" > 1000000",
            "INSERT INTO \"MeetingSeats\" (\"MeetingId\", \"DelegateId\", \"SlotId\") SELECT m.\"Id\", r.\"ToDelegateId\", m.\"SlotId\" FROM \"Meetings\" m JOIN \"MeetingRequests\" r ON r.\"Id\" = m.\"RequestId\" WHERE m.\"Id\" > 1000000",
            // One follow-up per held meeting, from the side that asked, the day after.
            "INSERT INTO \"MeetingFollowUps\" (\"MeetingId\", \"DelegateId\", \"Happened\", \"NextStepInterest\", \"OutcomeType\", \"SubmittedAt\") " +
            $"SELECT m.\"Id\", r.\"FromDelegateId\", TRUE, 'maybe', 'none', {sql.Midnight("s.\"Day\"", "-1")} FROM \"Meetings\" m JOIN \"MeetingRequests\" r ON r.\"Id\" = m.\"RequestId\" " +
            "JOIN \"EventSlots\" s ON s.\"Id\" = m.\"SlotId\" WHERE m.\"Id\" > 1000000 AND m.\"Status\" = 'Held'",
            $"{sql.Seq(deals)} INSERT INTO \"Deals\" (\"Id\", \"Kind\", \"Title\", \"Amount\", \"Currency\", \"ValueUsdCents\", \"RateOn\", \"ClosedOn\", \"Source\", \"AgreementId\", \"IsSample\", \"CreatedAt\") " +
            "SELECT 1000000 + n, CASE n % 7 WHEN 0 THEN 'Licensing' WHEN 1 THEN 'Distribution' WHEN 2 THEN 'JointVenture' WHEN 3 THEN 'Investment' WHEN 4 THEN 'CoDevelopment' WHEN 5 THEN 'Supply' ELSE 'TalentExchange' END, " +
            $"'Bench deal ' || n, {sql.Money("1000.00")}, 'USD', 100000 + n, {sql.Date("2024-01-01")}, {sql.Day("n * 37")}, 'Recommendation', CASE WHEN n % 3 = 0 THEN (SELECT MIN(\"Id\") FROM \"Agreements\") END, FALSE, {epoch} FROM seq",
            $"{sql.Seq(deals)} INSERT INTO \"DealParties\" (\"DealId\", \"OrganizationId\") SELECT 1000000 + n, ((n * 31) % {half}) * 2 + 2 FROM seq",
            $"{sql.Seq(deals)} INSERT INTO \"DealParties\" (\"DealId\", \"OrganizationId\") SELECT 1000000 + n, ((n * 17) % {half}) * 2 + 1 FROM seq",
            $"{sql.Seq(5000)} INSERT INTO \"JointProjects\" (\"Id\", \"Title\", \"Kind\", \"Status\", \"AgreementId\", \"StartedOn\", \"IsSample\") " +
            $"SELECT 1000000 + n, 'Bench project ' || n, 'Rnd', CASE n % 4 WHEN 0 THEN 'Proposed' WHEN 1 THEN 'Active' WHEN 2 THEN 'Completed' ELSE 'Cancelled' END, CASE WHEN n % 2 = 0 THEN (SELECT MIN(\"Id\") FROM \"Agreements\") END, {sql.Day("n * 11")}, FALSE FROM seq",
            $"{sql.Seq(5000)} INSERT INTO \"ProjectPartners\" (\"ProjectId\", \"OrganizationId\") SELECT 1000000 + n, ((n * 13) % {half}) * 2 + 2 FROM seq",
            $"{sql.Seq(5000)} INSERT INTO \"ProjectPartners\" (\"ProjectId\", \"OrganizationId\") SELECT 1000000 + n, ((n * 19) % {half}) * 2 + 1 FROM seq",
            $"{sql.Seq(10000)} INSERT INTO \"Introductions\" (\"Id\", \"FromClusterId\", \"ToClusterId\", \"OrganizationId\", \"Note\", \"Status\", \"CreatedAt\", \"IsSample\") " +
            $"SELECT 1000000 + n, CASE n % 2 WHEN 0 THEN 'seoul-bio-hub' ELSE 'liangjiang' END, CASE n % 2 WHEN 0 THEN 'liangjiang' ELSE 'seoul-bio-hub' END, ((n * 23) % {half}) * 2 + 2 - n % 2, '', 'Proposed', {sql.Midnight(sql.Day("n * 3"))}, FALSE FROM seq",
            "ANALYZE",
        ];
        if (!sql.Postgres)
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = OFF");
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var statement in statements)
        {
            var clock = Stopwatch.StartNew();
            var rows = await db.Database.ExecuteSqlRawAsync(statement);
            Console.Error.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  {rows,9:N0} rows  {statement[..Math.Min(70, statement.Length)]}");
        }
        var rebuild = Stopwatch.StartNew();
        var summaryRows = await ActivitySummary.RebuildAsync(db, default);
        Console.Error.WriteLine($"{rebuild.Elapsed.TotalSeconds,6:0.0} s  {summaryRows,9:N0} rows  activity summary rebuilt");
        await transaction.CommitAsync();
    }
}
