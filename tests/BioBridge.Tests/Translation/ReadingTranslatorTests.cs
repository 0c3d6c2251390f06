using BioBridge.Language;

namespace BioBridge.Tests.Translation;

/// <summary>What a reader gets of a text in another language: translated, or the original as written with its language and the reason.</summary>
public sealed class ReadingTranslatorTests
{
    const string Korean = "안녕하세요, 샘플을 보내드립니다.";

    static ReadingTranslator Reading(ITranslationService service, bool takesPrivateText = true) =>
        new(new MachineTranslator(service, new Glossary(Taxonomy.Default), takesPrivateText));

    static async Task<ReadableText> ReadOneAsync(ReadingTranslator reading, string text, string reader, TextPrivacy privacy) =>
        (await reading.ReadAsync([text], reader, privacy, default))[text];

    [Fact]
    public async Task A_text_in_another_language_comes_translated_and_its_original_is_kept_as_written()
    {
        var read = await ReadOneAsync(Reading(new FakeTranslationService()), Korean, "zh", TextPrivacy.Private);
        read.ShouldBe(new ReadableText(Korean, "ko", $"[ko→zh] {Korean}", ReadingState.Translated));
        read.IsForeign.ShouldBeTrue();
    }

    [Fact]
    public async Task A_text_in_the_readers_language_and_a_blank_one_are_never_sent()
    {
        var service = new ScriptedService(t => "never");
        var read = await Reading(service).ReadAsync([Korean, "  "], "ko", TextPrivacy.Published, default);
        read[Korean].State.ShouldBe(ReadingState.OwnLanguage);
        read["  "].State.ShouldBe(ReadingState.OwnLanguage);
        service.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_service_the_original_comes_with_its_language()
    {
        var read = await ReadOneAsync(new ReadingTranslator(new NoMachineTranslator()), "我们希望合作开发", "en", TextPrivacy.Published);
        read.ShouldBe(new ReadableText("我们希望合作开发", "zh", null, ReadingState.NoService));
    }

    [Fact]
    public async Task Private_text_stays_away_from_an_external_service_while_published_text_goes()
    {
        var service = new ScriptedService(t => "Hello, we send samples.");
        var reading = Reading(service, takesPrivateText: false);

        (await ReadOneAsync(reading, Korean, "en", TextPrivacy.Private)).ShouldBe(new ReadableText(Korean, "ko", null, ReadingState.Private));
        service.Sent.ShouldBeEmpty();

        (await ReadOneAsync(reading, Korean, "en", TextPrivacy.Published)).Translation.ShouldBe("Hello, we send samples.");
        service.Sent.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_service_gives_every_original_back_and_is_asked_only_once_per_read()
    {
        var service = new FailingService();
        var read = await Reading(service).ReadAsync([Korean, "내일 뵙겠습니다.", "期待合作"], "en", TextPrivacy.Private, default);
        read.Values.ShouldAllBe(r => r.State == ReadingState.Failed && r.Translation == null);
        read["期待合作"].Language.ShouldBe("zh");
        service.Calls.ShouldBe(1);
    }

    sealed class FailingService : ITranslationService
    {
        public int Calls { get; private set; }
        public string Name => "failing";
        public bool TranslatesMarkup => false;

        public Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
        {
            Calls++;
            throw new TranslationFailedException(TranslationFailure.RetryLater, "failing: 503");
        }
    }
}
