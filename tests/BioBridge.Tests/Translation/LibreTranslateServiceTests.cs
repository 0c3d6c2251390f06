using System.Text.Json;

namespace BioBridge.Tests.Translation;

/// <summary>The LibreTranslate adapter against a stub speaking LibreTranslate's /translate protocol.</summary>
public sealed class LibreTranslateServiceTests
{
    [Fact]
    public async Task Posts_q_source_target_html_format_and_api_key_as_json_and_reads_translatedText()
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(200, """{"translatedText":"<x id=\"1\"/> 포집 &amp; 기술"}"""));
        var service = new LibreTranslateService(new HttpClient(), stub.Options("libretranslate", key: "lt-key"));

        (await service.TranslateAsync("<x id=\"1\"/>包埋 &amp; 技术", "zh", "ko", default)).ShouldBe("<x id=\"1\"/> 포집 &amp; 기술");

        stub.Last.Method.ShouldBe("POST");
        stub.Last.Path.ShouldBe("/translate");
        stub.Last.ContentType.ShouldStartWith("application/json");
        var body = JsonDocument.Parse(stub.Last.Body).RootElement;
        body.GetProperty("q").GetString().ShouldBe("<x id=\"1\"/>包埋 &amp; 技术");
        (body.GetProperty("source").GetString(), body.GetProperty("target").GetString()).ShouldBe(("zh", "ko"));
        body.GetProperty("format").GetString().ShouldBe("html");
        body.GetProperty("api_key").GetString().ShouldBe("lt-key");
    }

    [Fact]
    public async Task Sends_no_api_key_field_when_the_server_needs_none()
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(200, """{"translatedText":"microcapsule"}"""));
        await new LibreTranslateService(new HttpClient(), stub.Options("libretranslate")).TranslateAsync("微胶囊", "zh", "en", default);
        JsonDocument.Parse(stub.Last.Body).RootElement.TryGetProperty("api_key", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(400, """{"error":"xx is not supported"}""", TranslationFailure.Rejected, "xx is not supported")]
    [InlineData(403, """{"error":"Invalid API key"}""", TranslationFailure.Misconfigured, "Invalid API key")]
    [InlineData(429, """{"error":"Slowdown: 10 per 1 minute"}""", TranslationFailure.RetryLater, "Slowdown")]
    [InlineData(500, """{"error":"Cannot translate text: model crashed"}""", TranslationFailure.RetryLater, "Cannot translate text")]
    [InlineData(502, "<html>Bad Gateway</html>", TranslationFailure.RetryLater, "502")]
    [InlineData(200, """{"detectedLanguage":{"language":"zh"}}""", TranslationFailure.RetryLater, "without a translation")]
    [InlineData(200, """{"translatedText":""", TranslationFailure.RetryLater, "without a translation")]
    public async Task Maps_each_documented_error_to_what_the_caller_can_do(int status, string answer, TranslationFailure failure, string message)
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(status, answer));
        var error = await Should.ThrowAsync<TranslationFailedException>(() =>
            new LibreTranslateService(new HttpClient(), stub.Options("libretranslate")).TranslateAsync("微胶囊", "zh", "en", default));
        error.Failure.ShouldBe(failure);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public async Task An_unreachable_server_is_worth_retrying_later()
    {
        var stub = await ServiceStub.StartAsync(_ => new(200, "{}"));
        var options = stub.Options("libretranslate");
        await stub.DisposeAsync();
        (await Should.ThrowAsync<TranslationFailedException>(() =>
            new LibreTranslateService(new HttpClient(), options).TranslateAsync("微胶囊", "zh", "en", default))).Failure.ShouldBe(TranslationFailure.RetryLater);
    }
}
