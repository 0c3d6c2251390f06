using BioBridge.Data;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests.Translation;

/// <summary>
/// A page's reading through the translation memory in one batch, on each provider: it answers what reading text by
/// text answers, sends each unknown text once, counts each reuse once, and a failing service or a spent budget
/// leaves the originals as failed.
/// </summary>
public abstract class ReadingMemoryTests(Provider provider) : IAsyncLifetime
{
    const string Known = "지난주에 보내주신 샘플 잘 받았습니다.";
    static readonly string[] Thread =
    [
        Known, "다음 주 화요일에 회의가 가능합니다.", "贵公司的微胶囊技术很有意思。", "견적서를 첨부합니다.", "期待与您合作。", "감사합니다!",
    ];

    TestDatabase database = null!;
    CommandServices services = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        services = CommandServices.Build(database.ConnectionString);
        await services.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }

    TranslationMemory Memory(ITranslationService service, long? budget = null) =>
        new(service, services.Get<AppDbOptions>(), TimeProvider.System, budget);

    static MachineTranslator Translator(TranslationMemory memory) => new(memory, new Glossary(Taxonomy.Default));

    async Task<List<(string From, string To, string Hash, string Translation, int Hits)>> EntriesAsync(string service)
    {
        await using var db = services.Get<AppDbOptions>().Create();
        return (await db.TranslationMemoryEntries.AsNoTracking().Where(e => e.Service == service).ToListAsync())
            .Select(e => (e.SourceLanguage, e.TargetLanguage, e.SourceHash, e.Translation, e.Hits)).Order().ToList();
    }

    [Fact]
    public async Task A_page_read_in_one_batch_gets_what_reading_text_by_text_gets_and_counts_each_reuse_once()
    {
        var (alone, together) = (new CountingService("alone"), new CountingService("together"));
        foreach (var service in new[] { alone, together })
            await Translator(Memory(service)).TranslateAsync(Known, "ko", "en", [], default);
        var oneByOne = new Dictionary<string, string>();
        foreach (var text in Thread)
            oneByOne[text] = await Translator(Memory(alone)).TranslateAsync(text, WrittenLanguage.Guess(text), "en", [], default);

        var reading = new ReadingTranslator(Translator(Memory(together)));
        var read = await reading.ReadAsync([.. Thread, .. Thread], "en", TextPrivacy.Private, default);

        read.Keys.ShouldBe(Thread, ignoreOrder: true);
        foreach (var text in Thread)
            read[text].ShouldBe(new ReadableText(text, WrittenLanguage.Guess(text), oneByOne[text], ReadingState.Translated));
        together.Calls.ShouldBe(alone.Calls, ignoreOrder: true);
        together.Calls.Values.ShouldAllBe(calls => calls == 1);
        (await EntriesAsync("together")).ShouldBe(await EntriesAsync("alone"));
        (await EntriesAsync("together")).Sum(e => e.Hits).ShouldBe(1);

        await reading.ReadAsync(Thread, "en", TextPrivacy.Private, default);
        together.Calls.Values.ShouldAllBe(calls => calls == 1);
        (await EntriesAsync("together")).Select(e => e.Hits).Order().ShouldBe([1, 1, 1, 1, 1, 2]);
    }

    [Fact]
    public async Task A_text_repeated_in_one_batch_is_sent_once_and_its_repeats_count_as_reuses()
    {
        var service = new CountingService("repeats");
        var answers = await Memory(service).TranslateManyAsync([("안녕하세요", "ko"), ("안녕하세요", "ko"), ("你好", "zh"), ("안녕하세요", "ko")], "en", default);

        answers.ShouldBe(["[en] 안녕하세요", "[en] 안녕하세요", "[en] 你好", "[en] 안녕하세요"]);
        service.Calls.Values.ShouldAllBe(calls => calls == 1);
        (await EntriesAsync("repeats")).Select(e => e.Hits).Order().ShouldBe([0, 2]);
    }

    [Fact]
    public async Task A_failing_service_leaves_the_unknown_texts_as_failed_originals_and_is_asked_once()
    {
        var service = new CountingService("down");
        await Translator(Memory(service)).TranslateAsync(Known, "ko", "en", [], default);
        service.Down = true;

        var read = await new ReadingTranslator(Translator(Memory(service))).ReadAsync(Thread, "en", TextPrivacy.Private, default);

        read[Known].ShouldBe(new ReadableText(Known, "ko", "[en] " + Known, ReadingState.Translated));
        read.Values.Where(r => r.Original != Known).ShouldAllBe(r => r.State == ReadingState.Failed && r.Translation == null);
        read["期待与您合作。"].Language.ShouldBe("zh");
        service.Failures.ShouldBe(1);
    }

    [Fact]
    public async Task A_text_that_would_pass_the_monthly_budget_is_not_sent_and_stays_as_written()
    {
        var service = new CountingService("budget");
        string[] texts = ["견적서를 첨부합니다.", "다음 주 화요일에 회의가 가능합니다."];

        var read = await new ReadingTranslator(Translator(Memory(service, budget: texts[0].Length))).ReadAsync(texts, "en", TextPrivacy.Private, default);

        read[texts[0]].State.ShouldBe(ReadingState.Translated);
        read[texts[1]].ShouldBe(new ReadableText(texts[1], "ko", null, ReadingState.Failed));
        service.Calls.Keys.ShouldBe([texts[0]]);
    }

    [Fact]
    public async Task A_new_term_glossary_never_reuses_a_translation_made_with_the_old_one()
    {
        const string text = "견적서를 첨부합니다.";
        var service = new CountingService("glossaries") { TermGlossary = "biobridge-ko-en-000000000000" };
        await Memory(service).TranslateAsync(text, "ko", "en", default);
        (await Memory(service).TranslateManyAsync([(text, "ko")], "en", default)).ShouldBe(["[en] " + text]);
        service.Calls[text].ShouldBe(1);

        service.TermGlossary = "biobridge-ko-en-111111111111";
        await Memory(service).TranslateAsync(text, "ko", "en", default);

        service.Calls[text].ShouldBe(2);
        (await EntriesAsync("glossaries")).Count.ShouldBe(2);
    }

    /// <summary>Answers "[target] text"; counts what it was sent, per text, or fails while Down; TermGlossary plays DeepL's glossary.</summary>
    sealed class CountingService(string name) : ITranslationService
    {
        public Dictionary<string, int> Calls { get; } = [];
        public bool Down { get; set; }
        public int Failures { get; private set; }
        public string? TermGlossary { get; set; }
        public string Name => name;
        public bool TranslatesMarkup => false;

        public Task<string?> TermGlossaryAsync(string from, string to, CancellationToken ct) => Task.FromResult(TermGlossary);

        public Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
        {
            if (Down)
            {
                Failures++;
                throw new TranslationFailedException(TranslationFailure.RetryLater, $"{name}: 503");
            }
            Calls[text] = Calls.GetValueOrDefault(text) + 1;
            return Task.FromResult($"[{to}] {text}");
        }
    }
}
