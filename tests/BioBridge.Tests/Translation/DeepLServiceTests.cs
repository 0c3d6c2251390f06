using System.Text.Json;
using BioBridge.Language;
using Microsoft.Extensions.Logging.Abstractions;

namespace BioBridge.Tests.Translation;

/// <summary>The DeepL adapter against a stub speaking DeepL API v2 /v2/translate (glossaries: DeepLGlossariesTests).</summary>
public sealed class DeepLServiceTests
{
    const string Translated = """{"translations":[{"detected_source_language":"ZH","text":"<x id=\"1\"/> 포집 기술"}]}""";

    /// <summary>An adapter with its own glossary cache (a new process).</summary>
    public static DeepLService Service(ServiceStub stub, string key = "k", DeepLGlossaries? glossaries = null) =>
        new(new HttpClient(), stub.Options("deepl", key: key), glossaries ?? Glossaries());

    public static DeepLGlossaries Glossaries() => new(new Glossary(Taxonomy.Default), NullLogger<DeepLGlossaries>.Instance);

    /// <summary>DeepL with no glossary yet: lists none, creates "g-1", translates.</summary>
    static ServiceStub.Answer WithGlossaries(ServiceStub.Request request) => (request.Method, request.Path) switch
    {
        ("GET", "/v2/glossaries") => new(200, """{"glossaries":[]}"""),
        ("POST", "/v2/glossaries") => new(201, """{"glossary_id":"g-1","ready":true}"""),
        _ => new(200, Translated),
    };

    [Fact]
    public async Task Posts_text_array_languages_and_xml_tag_handling_with_the_deepl_auth_key_header()
    {
        await using var stub = await ServiceStub.StartAsync(WithGlossaries);
        var service = Service(stub, key: "f63c02c5-f056:fx");

        (await service.TranslateAsync("<x id=\"1\"/>包埋技术", "zh", "ko", default)).ShouldBe("<x id=\"1\"/> 포집 기술");

        stub.Last.Method.ShouldBe("POST");
        stub.Last.Path.ShouldBe("/v2/translate");
        stub.Last.Header("Authorization").ShouldBe("DeepL-Auth-Key f63c02c5-f056:fx");
        stub.Last.ContentType.ShouldStartWith("application/json");
        var body = JsonDocument.Parse(stub.Last.Body).RootElement;
        body.GetProperty("text").EnumerateArray().Select(t => t.GetString()).ShouldBe(["<x id=\"1\"/>包埋技术"]);
        (body.GetProperty("source_lang").GetString(), body.GetProperty("target_lang").GetString()).ShouldBe(("ZH", "KO"));
        body.GetProperty("tag_handling").GetString().ShouldBe("xml");
        body.GetProperty("glossary_id").GetString().ShouldBe("g-1");
    }

    [Theory]
    [InlineData("ko", "zh", "KO", "ZH-HANS")]
    [InlineData("zh", "en", "ZH", "EN-US")]
    [InlineData("en", "ko", "EN", "KO")]
    public async Task Names_languages_as_deepl_does(string from, string to, string source, string target)
    {
        await using var stub = await ServiceStub.StartAsync(WithGlossaries);
        await Service(stub).TranslateAsync("text", from, to, default);
        var body = JsonDocument.Parse(stub.Last.Body).RootElement;
        (body.GetProperty("source_lang").GetString(), body.GetProperty("target_lang").GetString()).ShouldBe((source, target));
    }

    [Fact]
    public void Free_keys_go_to_api_free_and_pro_keys_to_api_by_default()
    {
        new MachineTranslationOptions { Provider = "deepl", Key = "abc:fx" }.BaseUrl.ShouldBe(new Uri("https://api-free.deepl.com/"));
        new MachineTranslationOptions { Provider = "deepl", Key = "abc" }.BaseUrl.ShouldBe(new Uri("https://api.deepl.com/"));
    }

    [Theory]
    [InlineData(403, """{"message":"Wrong endpoint"}""", TranslationFailure.Misconfigured)]
    [InlineData(456, """{"message":"Quota Exceeded"}""", TranslationFailure.BudgetExhausted)]
    [InlineData(429, """{"message":"Too many requests"}""", TranslationFailure.RetryLater)]
    [InlineData(400, """{"message":"Value for 'target_lang' not supported."}""", TranslationFailure.Rejected)]
    [InlineData(413, """{"message":"Request Entity Too Large"}""", TranslationFailure.Rejected)]
    [InlineData(500, """{"message":"Internal error"}""", TranslationFailure.RetryLater)]
    [InlineData(200, """{"translations":[]}""", TranslationFailure.RetryLater)]
    public async Task Maps_each_documented_error_to_what_the_caller_can_do(int status, string answer, TranslationFailure failure)
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(status, answer));
        (await Should.ThrowAsync<TranslationFailedException>(() =>
            Service(stub).TranslateAsync("text", "en", "ko", default))).Failure.ShouldBe(failure);
    }

    [Fact]
    public async Task Too_many_requests_carries_the_services_retry_after()
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(429, """{"message":"Too many requests"}""", RetryAfter: "7"));
        var error = await Should.ThrowAsync<TranslationFailedException>(() =>
            Service(stub).TranslateAsync("text", "en", "ko", default));
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        error.Message.ShouldContain("Too many requests");
    }
}
