using BioBridge.Data;
using BioBridge.Language;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests.Translation;

/// <summary>The PIPA/PIPL rule: private and unpublished text goes only to a service on the operator's servers unless the operator allows more.</summary>
public sealed class PrivateTextTests
{
    static IMachineTranslator Configured(string provider, bool sendPrivateText)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new AppDbOptions(() => throw new InvalidOperationException("no database in this test")));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BioBridge:MachineTranslation:Provider"] = provider, ["BioBridge:MachineTranslation:Url"] = "http://127.0.0.1:9/",
            ["BioBridge:MachineTranslation:Key"] = "key", ["BioBridge:MachineTranslation:KeyId"] = "id",
            ["BioBridge:MachineTranslation:SendPrivateText"] = sendPrivateText.ToString(),
        }).Build());
        services.AddLogging();
        services.AddMachineTranslation();
        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<IMachineTranslator>();
    }

    [Theory]
    [InlineData("libretranslate", true)]
    [InlineData("fake", true)]
    [InlineData("deepl", false)]
    [InlineData("baidu", false)]
    [InlineData("papago", false)]
    public void Only_services_on_the_operators_servers_take_private_text_by_default(string provider, bool takes) =>
        Configured(provider, sendPrivateText: false).TakesPrivateText.ShouldBe(takes);

    [Theory]
    [InlineData("deepl")]
    [InlineData("baidu")]
    [InlineData("papago")]
    public void The_operator_may_allow_private_text_to_go_to_an_external_service(string provider) =>
        Configured(provider, sendPrivateText: true).TakesPrivateText.ShouldBeTrue();

    [Fact]
    public void Without_a_service_nothing_is_taken() => Configured("off", sendPrivateText: true).TakesPrivateText.ShouldBeFalse();

    [Fact]
    public async Task Drafting_a_proposal_is_refused_without_sending_anything_when_the_service_may_not_take_unpublished_text()
    {
        var service = new ScriptedService(t => t);
        var translator = new MachineTranslator(service, new Glossary(Taxonomy.Default), takesPrivateText: false);
        var heading = new TranslatedText(new TextVersion("오가노핏", TranslationState.Original), null, null);
        var text = new TranslatedText(new TextVersion("오가노이드 기반 독성 평가", TranslationState.Original), null, null);

        var drafts = await translator.DraftMissingAsync(heading, text, [], default);

        drafts.Succeeded.ShouldBeFalse();
        drafts.Verdict.Kind.ShouldBe(OutcomeKind.Conflict);
        drafts.Verdict.Message.ShouldContain("SendPrivateText");
        service.Sent.ShouldBeEmpty();
    }
}
