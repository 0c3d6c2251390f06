using System.Text.Json;
using BioBridge.Language;

namespace BioBridge.Tests.Translation;

/// <summary>
/// With DeepL the taxonomy's terms go through a DeepL glossary (v2 /v2/glossaries) and only names through placeholders;
/// a glossary DeepL refuses falls back to placeholders without failing the translation.
/// </summary>
public sealed class DeepLGlossariesTests
{
    const string Text = "金运健康提供微胶囊包埋技术";
    static readonly LocalizedText[] Names = [new("진운헬스", "金运健康", null)];
    static readonly Glossary Glossary = new(Taxonomy.Default);
    static readonly string ZhKo = $"biobridge-zh-ko-{TranslationMemory.Hash(Glossary.Entries("zh", "ko"))[..12]}";

    /// <summary>DeepL keeping the name's placeholder and translating the rest (the term as the glossary says).</summary>
    static ServiceStub.Answer Translates(ServiceStub.Request request) =>
        new(200, """{"translations":[{"detected_source_language":"ZH","text":"<x id=\"1\"/>는 마이크로캡슐 포집 기술을 제공합니다"}]}""");

    static MachineTranslator Translator(ServiceStub stub, DeepLGlossaries glossaries) =>
        new(DeepLServiceTests.Service(stub, glossaries: glossaries), Glossary);

    static JsonElement Body(ServiceStub.Request request) => JsonDocument.Parse(request.Body).RootElement;

    [Fact]
    public void A_pairs_entries_map_every_source_label_and_synonym_to_the_target_label_once()
    {
        var lines = Glossary.Entries("zh", "ko").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain("微胶囊\t마이크로캡슐");
        lines.ShouldAllBe(line => line.Split('\t').Length == 2 && line.Split('\t').All(term => term.Length > 0));
        lines.Select(line => line.Split('\t')[0]).ShouldBeUnique();
        Glossary.Entries("en", "zh").ShouldContain("microcapsule\t微胶囊\n");
    }

    [Fact]
    public async Task The_first_translation_of_a_pair_creates_its_glossary_and_the_next_reuse_it()
    {
        await using var stub = await ServiceStub.StartAsync(request => (request.Method, request.Path) switch
        {
            ("GET", "/v2/glossaries") => new(200, """{"glossaries":[]}"""),
            ("POST", "/v2/glossaries") => new(201, """{"glossary_id":"def3a26b","ready":true,"name":"n","source_lang":"zh","target_lang":"ko","entry_count":9}"""),
            _ => Translates(request),
        });
        var glossaries = DeepLServiceTests.Glossaries();

        (await Translator(stub, glossaries).TranslateAsync(Text, "zh", "ko", Names, default)).ShouldBe("진운헬스는 마이크로캡슐 포집 기술을 제공합니다");

        stub.Requests.Select(r => $"{r.Method} {r.Path}").ShouldBe(["GET /v2/glossaries", "POST /v2/glossaries", "POST /v2/translate"]);
        stub.Requests.ShouldAllBe(r => r.Header("Authorization") == "DeepL-Auth-Key k");
        var created = Body(stub.Requests[1]);
        (created.GetProperty("name").GetString(), created.GetProperty("source_lang").GetString(), created.GetProperty("target_lang").GetString(),
            created.GetProperty("entries_format").GetString()).ShouldBe((ZhKo, "zh", "ko", "tsv"));
        created.GetProperty("entries").GetString()!.Split('\n').ShouldContain("微胶囊\t마이크로캡슐");
        var translated = Body(stub.Last);
        translated.GetProperty("text")[0].GetString().ShouldBe("<x id=\"1\"/>提供微胶囊包埋技术");
        (translated.GetProperty("glossary_id").GetString(), translated.GetProperty("source_lang").GetString()).ShouldBe(("def3a26b", "ZH"));

        // Another request's adapter, same process: the glossary is known, not listed or created again.
        await Translator(stub, glossaries).TranslateAsync("金运健康的微胶囊技术合作", "zh", "ko", Names, default);
        stub.Requests.Count.ShouldBe(4);
        Body(stub.Last).GetProperty("glossary_id").GetString().ShouldBe("def3a26b");
    }

    [Fact]
    public async Task A_glossary_of_the_same_name_already_at_deepl_is_used_without_creating_one()
    {
        var listed = $$"""{"glossaries":[{"glossary_id":"old","name":"biobridge-zh-ko-000000000000","ready":true,"source_lang":"zh","target_lang":"ko","entry_count":3},{"glossary_id":"same","name":"{{ZhKo}}","ready":true,"source_lang":"zh","target_lang":"ko","entry_count":9}]}""";
        await using var stub = await ServiceStub.StartAsync(request => request.Method == "GET" ? new(200, listed) : Translates(request));

        await Translator(stub, DeepLServiceTests.Glossaries()).TranslateAsync(Text, "zh", "ko", Names, default);

        stub.Requests.Select(r => $"{r.Method} {r.Path}").ShouldBe(["GET /v2/glossaries", "POST /v2/translate"]);
        Body(stub.Last).GetProperty("glossary_id").GetString().ShouldBe("same");
    }

    [Fact]
    public async Task A_refused_glossary_falls_back_to_placeholders_once_and_the_translation_succeeds()
    {
        await using var stub = await ServiceStub.StartAsync(request => (request.Method, request.Path) switch
        {
            ("GET", "/v2/glossaries") => new(200, """{"glossaries":[]}"""),
            ("POST", "/v2/glossaries") => new(400, """{"message":"Unsupported glossary source and target language pair"}"""),
            _ => new(200, """{"translations":[{"detected_source_language":"ZH","text":"<x id=\"1\"/>는 <x id=\"2\"/> 포집 기술을 제공합니다"}]}"""),
        });
        var glossaries = DeepLServiceTests.Glossaries();

        (await Translator(stub, glossaries).TranslateAsync(Text, "zh", "ko", Names, default)).ShouldBe("진운헬스는 마이크로캡슐 포집 기술을 제공합니다");
        await Translator(stub, glossaries).TranslateAsync(Text, "zh", "ko", Names, default);

        stub.Requests.Select(r => $"{r.Method} {r.Path}").ShouldBe(["GET /v2/glossaries", "POST /v2/glossaries", "POST /v2/translate", "POST /v2/translate"]);
        var translated = Body(stub.Last);
        translated.GetProperty("text")[0].GetString().ShouldBe("<x id=\"1\"/>提供<x id=\"2\"/>包埋技术");
        translated.TryGetProperty("glossary_id", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_glossary_deepl_will_not_apply_sends_the_pair_back_to_placeholders()
    {
        await using var stub = await ServiceStub.StartAsync(request => (request.Method, request.Path) switch
        {
            ("GET", "/v2/glossaries") => new(200, """{"glossaries":[]}"""),
            ("POST", "/v2/glossaries") => new(201, """{"glossary_id":"zh-glossary","ready":true}"""),
            _ when request.Body.Contains("glossary_id") => new(400, """{"message":"Language pair of the glossary doesn't match the language pair of the request"}"""),
            _ => new(200, """{"translations":[{"detected_source_language":"ZH","text":"<x id=\"1\"/>는 <x id=\"2\"/> 포집 기술을 제공합니다"}]}"""),
        });
        var glossaries = DeepLServiceTests.Glossaries();

        (await Should.ThrowAsync<TranslationFailedException>(() => Translator(stub, glossaries).TranslateAsync(Text, "zh", "ko", Names, default)))
            .Failure.ShouldBe(TranslationFailure.RetryLater);
        (await Translator(stub, glossaries).TranslateAsync(Text, "zh", "ko", Names, default)).ShouldBe("진운헬스는 마이크로캡슐 포집 기술을 제공합니다");

        stub.Requests.Select(r => $"{r.Method} {r.Path}").ShouldBe(["GET /v2/glossaries", "POST /v2/glossaries", "POST /v2/translate", "POST /v2/translate"]);
        Body(stub.Last).TryGetProperty("glossary_id", out _).ShouldBeFalse();
    }
}
