using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace BioBridge.Tests.Translation;

/// <summary>The Baidu Translate adapter against a stub that checks the signed form of the general text API.</summary>
public sealed class BaiduTranslateServiceTests
{
    const string AppId = "2015063000000001";
    const string Secret = "12345678";

    [Fact]
    public void Signs_as_the_documentation_example_does()
    {
        // fanyi-api.baidu.com/doc/21: appid 2015063000000001, q apple, salt 1435660288, key 12345678.
        BaiduTranslateService.Sign(AppId, "apple", "1435660288", Secret).ShouldBe("f89f9594663708c1605f3d736d01d2d4");
    }

    [Fact]
    public async Task Posts_a_form_with_baidus_language_codes_and_an_md5_signature_and_joins_the_lines()
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(200,
            """{"from":"zh","to":"kor","trans_result":[{"src":"微胶囊","dst":"마이크로캡슐"},{"src":"技术","dst":"기술"}]}"""));
        var service = new BaiduTranslateService(new HttpClient(), stub.Options("baidu", key: Secret, keyId: AppId));

        (await service.TranslateAsync("微胶囊\n技术", "zh", "ko", default)).ShouldBe("마이크로캡슐\n기술");

        stub.Last.Method.ShouldBe("POST");
        stub.Last.Path.ShouldBe("/api/trans/vip/translate");
        stub.Last.ContentType.ShouldStartWith("application/x-www-form-urlencoded");
        var form = QueryHelpers.ParseQuery(stub.Last.Body);
        ((string?)form["q"], (string?)form["from"], (string?)form["to"], (string?)form["appid"]).ShouldBe(("微胶囊\n技术", "zh", "kor", AppId));
        var salt = (string)form["salt"]!;
        salt.ShouldNotBeNullOrEmpty();
        ((string?)form["sign"]).ShouldBe(Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(AppId + "微胶囊\n技术" + salt + Secret))));
    }

    [Theory]
    [InlineData("54003", TranslationFailure.RetryLater)]
    [InlineData("54005", TranslationFailure.RetryLater)]
    [InlineData("52001", TranslationFailure.RetryLater)]
    [InlineData("52002", TranslationFailure.RetryLater)]
    [InlineData("54004", TranslationFailure.BudgetExhausted)]
    [InlineData("52003", TranslationFailure.Misconfigured)]
    [InlineData("54001", TranslationFailure.Misconfigured)]
    [InlineData("58000", TranslationFailure.Misconfigured)]
    [InlineData("58001", TranslationFailure.Rejected)]
    public async Task Maps_each_documented_error_code_to_what_the_caller_can_do(string code, TranslationFailure failure)
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(200, $$"""{"error_code":"{{code}}","error_msg":"message {{code}}"}"""));
        var error = await Should.ThrowAsync<TranslationFailedException>(() =>
            new BaiduTranslateService(new HttpClient(), stub.Options("baidu", key: Secret, keyId: AppId)).TranslateAsync("技术", "zh", "en", default));
        error.Failure.ShouldBe(failure);
        error.Message.ShouldContain($"error_code {code}");
    }

    [Theory]
    [InlineData(200, """{"from":"zh","to":"en"}""")]
    [InlineData(200, """{"from":"zh","to":"en","trans_result":[{"src":"技术"}]}""")]
    [InlineData(503, "Service Unavailable")]
    public async Task A_malformed_answer_or_a_server_error_is_worth_retrying_later(int status, string answer)
    {
        await using var stub = await ServiceStub.StartAsync(_ => new(status, answer));
        (await Should.ThrowAsync<TranslationFailedException>(() =>
            new BaiduTranslateService(new HttpClient(), stub.Options("baidu", key: Secret, keyId: AppId)).TranslateAsync("技术", "zh", "en", default)))
            .Failure.ShouldBe(TranslationFailure.RetryLater);
    }
}
