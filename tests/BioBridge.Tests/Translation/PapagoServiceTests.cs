using System.Text.Json;

namespace BioBridge.Tests.Translation;

/// <summary>The Papago adapter against a stub speaking NAVER Cloud Platform's Papago Text Translation.</summary>
public sealed class PapagoServiceTests
{
    [Fact]
    public async Task Posts_source_target_and_text_with_the_ncp_key_headers_and_reads_the_nested_result()
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(200,
            """{"message":{"result":{"srcLangType":"ko","tarLangType":"zh-CN","translatedText":"<x id=\"1\"/>包埋技术"}}}"""));
        var service = new PapagoService(new HttpClient(), stub.Options("papago", key: "client-secret", keyId: "client-id"));

        (await service.TranslateAsync("<x id=\"1\"/> 포집 기술", "ko", "zh", default)).ShouldBe("<x id=\"1\"/>包埋技术");

        stub.Last.Method.ShouldBe("POST");
        stub.Last.Path.ShouldBe("/nmt/v1/translation");
        stub.Last.Header("x-ncp-apigw-api-key-id").ShouldBe("client-id");
        stub.Last.Header("x-ncp-apigw-api-key").ShouldBe("client-secret");
        stub.Last.ContentType.ShouldStartWith("application/json");
        var body = JsonDocument.Parse(stub.Last.Body).RootElement;
        (body.GetProperty("source").GetString(), body.GetProperty("target").GetString(), body.GetProperty("text").GetString())
            .ShouldBe(("ko", "zh-CN", "<x id=\"1\"/> 포집 기술"));
    }

    [Theory]
    [InlineData(401, "200", "Authentication Failed", TranslationFailure.Misconfigured)]
    [InlineData(401, "210", "Permission Denied", TranslationFailure.Misconfigured)]
    [InlineData(429, "400", "Quota Exceeded", TranslationFailure.BudgetExhausted)]
    [InlineData(429, "410", "Throttle Limited", TranslationFailure.RetryLater)]
    [InlineData(429, "420", "Rate Limited", TranslationFailure.RetryLater)]
    [InlineData(400, "N2MT04", "target parameter is not supported", TranslationFailure.Rejected)]
    [InlineData(413, "430", "Request Entity Too Large", TranslationFailure.Rejected)]
    [InlineData(503, "500", "Endpoint Error", TranslationFailure.RetryLater)]
    public async Task Maps_each_documented_error_to_what_the_caller_can_do(int status, string code, string message, TranslationFailure failure)
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(status, $$$"""{"error":{"errorCode":"{{{code}}}","message":"{{{message}}}"}}"""));
        var error = await Should.ThrowAsync<TranslationFailedException>(() =>
            new PapagoService(new HttpClient(), stub.Options("papago", key: "s", keyId: "i")).TranslateAsync("기술", "ko", "en", default));
        error.Failure.ShouldBe(failure);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public async Task An_answer_without_the_translated_text_is_worth_retrying_later()
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(200, """{"message":{"result":{"srcLangType":"ko"}}}"""));
        (await Should.ThrowAsync<TranslationFailedException>(() =>
            new PapagoService(new HttpClient(), stub.Options("papago", key: "s", keyId: "i")).TranslateAsync("기술", "ko", "en", default)))
            .Failure.ShouldBe(TranslationFailure.RetryLater);
    }
}
