using System.Net;
using System.Text;
using System.Text.Json;
using BioBridge.Features.Publishing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BioBridge.Tests;

/// <summary>The pluggable machine translation: off unless configured, the HTTP contract, the fake provider, and drafting.</summary>
public sealed class MachineTranslationTests
{
    static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddMachineTranslation();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Is_off_by_default_so_nothing_is_sent_anywhere()
    {
        using var services = Services([]);
        using var scope = services.CreateScope();
        var translator = scope.ServiceProvider.GetRequiredService<IMachineTranslator>();
        translator.ShouldBeOfType<NoMachineTranslator>();
        translator.IsEnabled.ShouldBeFalse();
    }

    [Fact]
    public void The_http_provider_needs_an_absolute_url_and_unknown_providers_are_refused()
    {
        using var noUrl = Services(new() { ["BioBridge:MachineTranslation:Provider"] = "http" });
        Should.Throw<OptionsValidationException>(() => noUrl.GetRequiredService<IOptions<MachineTranslationOptions>>().Value)
            .Message.ShouldContain("Url");
        using var unknown = Services(new() { ["BioBridge:MachineTranslation:Provider"] = "deepl-direct" });
        Should.Throw<OptionsValidationException>(() => unknown.GetRequiredService<IOptions<MachineTranslationOptions>>().Value)
            .Message.ShouldContain("deepl-direct");
    }

    [Fact]
    public async Task The_http_provider_posts_text_source_and_target_with_the_key_and_reads_the_text()
    {
        var service = new RecordingService("""{"text":"마이크로캡슐 기술"}""");
        var options = Options.Create(new MachineTranslationOptions { Provider = "http", Url = "https://mt.example/translate", Key = "secret-key" });
        var translator = new HttpMachineTranslator(new HttpClient(service), options);

        (await translator.TranslateAsync("微胶囊技术", "zh", "ko", default)).ShouldBe("마이크로캡슐 기술");

        service.Request!.Method.ShouldBe(HttpMethod.Post);
        service.Request.RequestUri!.ToString().ShouldBe("https://mt.example/translate");
        service.Request.Headers.Authorization!.ToString().ShouldBe("Bearer secret-key");
        var body = JsonDocument.Parse(service.Body!).RootElement;
        (body.GetProperty("text").GetString(), body.GetProperty("source").GetString(), body.GetProperty("target").GetString())
            .ShouldBe(("微胶囊技术", "zh", "ko"));
    }

    [Fact]
    public async Task The_http_provider_fails_loudly_on_an_empty_answer()
    {
        var translator = new HttpMachineTranslator(new HttpClient(new RecordingService("{}")),
            Options.Create(new MachineTranslationOptions { Provider = "http", Url = "https://mt.example/translate" }));
        await Should.ThrowAsync<HttpRequestException>(() => translator.TranslateAsync("text", "en", "zh", default));
    }

    [Fact]
    public async Task Drafting_fills_only_missing_languages_from_an_original_and_marks_them_machine()
    {
        var text = new TranslatedText(new TextVersion("[en→ko] old draft", TranslationState.Machine), null, new TextVersion("Cell therapy CDMO", TranslationState.Original));
        var drafted = await new FakeMachineTranslator().DraftMissingAsync(text, default);
        drafted.Ko.ShouldBe(text.Ko);
        drafted.En.ShouldBe(text.En);
        drafted.Zh.ShouldBe(new TextVersion("[en→zh] Cell therapy CDMO", TranslationState.Machine));
    }

    [Fact]
    public void A_reader_whose_language_is_missing_sees_the_fallback_and_its_state()
    {
        var text = new TranslatedText(new TextVersion("세포치료", TranslationState.Original), null, new TextVersion("Cell therapy", TranslationState.Verified));
        text.ForReader("zh").ShouldBe((new TextVersion("Cell therapy", TranslationState.Verified), "en"));
        text.ForReader("ko").ShouldBe((new TextVersion("세포치료", TranslationState.Original), "ko"));
        var states = TranslationStates.Encode([("description", text)]);
        states.ShouldBe("description.en=verified");
        TranslationStates.Get(states, "description", "en").ShouldBe(TranslationState.Verified);
        TranslationStates.Get(states, "description", "ko").ShouldBe(TranslationState.Original);
    }

    sealed class RecordingService(string answer) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }
        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Request = request;
            Body = await request.Content!.ReadAsStringAsync(ct);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }
}
