using BioBridge.Data;
using BioBridge.Language;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BioBridge.Tests.Translation;

/// <summary>The configured machine translation: off unless configured, the settings each service needs, the services wired with the glossary, and drafting.</summary>
public sealed class MachineTranslationTests
{
    static ServiceProvider Services(Dictionary<string, string?> settings, AppDbOptions? databases = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        if (databases is not null)
            services.AddSingleton(databases);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddMachineTranslation();
        return services.BuildServiceProvider();
    }

    static string Invalid(Dictionary<string, string?> settings)
    {
        using var services = Services(settings);
        return Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<MachineTranslationOptions>>().Value).Message;
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
    public void Each_service_names_the_setting_it_lacks_and_unknown_providers_are_refused()
    {
        const string provider = "BioBridge:MachineTranslation:Provider";
        Invalid(new() { [provider] = "libretranslate" }).ShouldContain("Url");
        Invalid(new() { [provider] = "deepl" }).ShouldContain("Key is required for deepl");
        Invalid(new() { [provider] = "baidu", ["BioBridge:MachineTranslation:Key"] = "secret" }).ShouldContain("KeyId is required for baidu (the appid)");
        Invalid(new() { [provider] = "papago", ["BioBridge:MachineTranslation:KeyId"] = "id" }).ShouldContain("Key is required for papago");
        Invalid(new() { [provider] = "libretranslate", ["BioBridge:MachineTranslation:Url"] = "ftp://mt" }).ShouldContain("absolute http(s) URL");
        Invalid(new() { [provider] = "http" }).ShouldContain("'http'");
    }

    [Theory]
    [InlineData("libretranslate")]
    [InlineData("deepl")]
    [InlineData("baidu")]
    [InlineData("papago")]
    [InlineData("fake")]
    public void Each_configured_service_is_wired_behind_the_memory_and_the_glossary(string provider)
    {
        using var services = Services(new()
        {
            ["BioBridge:MachineTranslation:Provider"] = provider, ["BioBridge:MachineTranslation:Url"] = "http://127.0.0.1:9/",
            ["BioBridge:MachineTranslation:Key"] = "key", ["BioBridge:MachineTranslation:KeyId"] = "id",
        }, new AppDbOptions(() => throw new InvalidOperationException("no database in this test")));
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMachineTranslator>().ShouldBeOfType<MachineTranslator>().IsEnabled.ShouldBeTrue();
    }

    [Fact]
    public async Task Drafting_fills_only_missing_languages_from_an_original_and_marks_them_machine()
    {
        var text = new TranslatedText(new TextVersion("[en→ko] old draft", TranslationState.Machine), null, new TextVersion("Cell therapy CDMO in Seoul", TranslationState.Original));
        var translator = new MachineTranslator(new FakeTranslationService(), new Glossary(Taxonomy.Default));
        var drafted = await translator.DraftMissingAsync(text, [], default);
        drafted.Ko.ShouldBe(text.Ko);
        drafted.En.ShouldBe(text.En);
        drafted.Zh.ShouldBe(new TextVersion("[en→zh] 细胞治疗 合同研发生产 in Seoul", TranslationState.Machine));
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
}
