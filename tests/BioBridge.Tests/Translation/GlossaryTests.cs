using System.Text.RegularExpressions;
using BioBridge.Language;

namespace BioBridge.Tests.Translation;

/// <summary>The glossary enforced in every translation: taxonomy labels always come out as the target label, names are never translated.</summary>
public sealed partial class GlossaryTests
{
    static readonly Glossary Glossary = new(Taxonomy.Default);

    /// <summary>A service that keeps only the placeholders: whatever the output says about a term comes from the glossary.</summary>
    static ScriptedService KeepsOnlyPlaceholders(bool markup = false) =>
        new(text => "translated " + string.Join(" ", Placeholders().Matches(text).Select(m => m.Value)), markup);

    static MachineTranslator Translator(ITranslationService service) => new(service, Glossary);

    [Theory]
    [InlineData("우리는 마이크로캡슐 전문 기업입니다.", "ko", "zh", "微胶囊")]
    [InlineData("우리는 마이크로캡슐 전문 기업입니다.", "ko", "en", "microcapsule")]
    [InlineData("我们专注微胶囊包埋。", "zh", "ko", "마이크로캡슐")]
    [InlineData("我们专注微胶囊包埋。", "zh", "en", "microcapsule")]
    [InlineData("We make Microcapsule coatings.", "en", "ko", "마이크로캡슐")]
    [InlineData("We make microcapsule coatings.", "en", "zh", "微胶囊")]
    public async Task Microcapsule_always_comes_out_as_the_taxonomy_label_of_the_target_language(string text, string from, string to, string label)
    {
        var service = KeepsOnlyPlaceholders();
        (await Translator(service).TranslateAsync(text, from, to, [], default)).ShouldBe("translated " + label);
        service.Sent.Single().ShouldContain("<x id=\"1\"/>");
    }

    [Fact]
    public void A_synonym_is_left_to_the_service_and_keeps_the_label_inside_it_unprotected()
    {
        var text = Glossary.Protect("微胶囊化工艺", "zh", "ko", []);
        text.Render(markup: false).ShouldBe("微胶囊化工艺");
    }

    [Fact]
    public void English_terms_match_whole_words_in_any_case()
    {
        Glossary.Protect("Economics of scale", "en", "ko", []).Render(false).ShouldBe("Economics of scale");
        Glossary.Protect("MICROCAPSULE coatings", "en", "ko", []).WithTargetTerms().ShouldBe("마이크로캡슐 coatings");
    }

    [Fact]
    public async Task Organization_names_are_never_translated_and_use_their_own_version_of_the_target_language()
    {
        LocalizedText[] names = [new("진운헬스", "金运健康", null)];
        var service = new ScriptedService(text => text.Replace("提供", " provides "));
        (await Translator(service).TranslateAsync("金运健康提供微胶囊", "zh", "ko", names, default)).ShouldBe("진운헬스 provides 마이크로캡슐");
        // No English name: the name stays as written.
        (await Translator(service).TranslateAsync("金运健康提供微胶囊", "zh", "en", names, default)).ShouldBe("金运健康 provides microcapsule");
        service.Sent.ShouldAllBe(sent => !sent.Contains("金运健康"));
    }

    [Fact]
    public async Task A_text_of_names_and_terms_only_is_never_sent()
    {
        var service = KeepsOnlyPlaceholders();
        (await Translator(service).TranslateAsync("金运健康", "zh", "ko", [new("진운헬스", "金运健康", null)], default)).ShouldBe("진운헬스");
        service.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_lost_or_repeated_placeholder_fails_instead_of_dropping_the_term()
    {
        var lost = await Should.ThrowAsync<TranslationFailedException>(() =>
            Translator(new ScriptedService(_ => "we make coatings")).TranslateAsync("We make microcapsule coatings.", "en", "ko", [], default));
        lost.Failure.ShouldBe(TranslationFailure.Rejected);
        lost.Message.ShouldContain("microcapsule");
        await Should.ThrowAsync<TranslationFailedException>(() => Translator(new ScriptedService(t => t + t))
            .TranslateAsync("We make microcapsule coatings.", "en", "ko", [], default));
    }

    [Fact]
    public async Task Markup_services_get_the_plain_text_escaped_and_their_entities_decoded()
    {
        var service = new ScriptedService(text => text.Replace("<x id=\"1\"/>", "<x id=\"1\"></x>"), markup: true);
        (await Translator(service).TranslateAsync("R&D <b> microcapsule", "en", "zh", [], default)).ShouldBe("R&D <b> 微胶囊");
        service.Sent.Single().ShouldBe("R&amp;D &lt;b&gt; <x id=\"1\"/>");
    }

    [GeneratedRegex("<x id=\"\\d+\"/>")]
    private static partial Regex Placeholders();
}
