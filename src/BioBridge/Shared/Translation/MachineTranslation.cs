using BioBridge.Data;
using BioBridge.Language;
using BioBridge.Shared.Resources;
using Microsoft.Extensions.Options;

namespace BioBridge.Shared;

public static class MachineTranslation
{
    /// <summary>The configured translation service (docs/translation.md) behind the translation memory and the glossary, as IMachineTranslator.</summary>
    public static IServiceCollection AddMachineTranslation(this IServiceCollection services)
    {
        services.AddOptions<MachineTranslationOptions>().BindConfiguration(MachineTranslationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new Glossary(sp.GetService<Taxonomy>() ?? Taxonomy.Default));
        services.AddHttpClient<LibreTranslateService>(Timeout);
        services.AddSingleton<DeepLGlossaries>();
        services.AddHttpClient<DeepLService>(Timeout);
        services.AddHttpClient<BaiduTranslateService>(Timeout);
        services.AddHttpClient<PapagoService>(Timeout);
        services.AddScoped<IMachineTranslator>(sp => sp.GetRequiredService<IOptions<MachineTranslationOptions>>().Value switch
        {
            { Provider: "off" } => new NoMachineTranslator(),
            var options => new MachineTranslator(
                new TranslationMemory(Service(sp, options.Provider), sp.GetRequiredService<AppDbOptions>(), sp.GetRequiredService<TimeProvider>(),
                    options.MonthlyCharacters),
                sp.GetRequiredService<Glossary>(), PrivateText.MayGoTo(options)),
        });
        services.AddScoped<ReadingTranslator>();
        // The background translation queue; each feature registers its ITranslatableSubject.
        services.AddScoped<TranslationQueue>();
        return services;
    }

    static void Timeout(IServiceProvider sp, HttpClient http) =>
        http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<MachineTranslationOptions>>().Value.TimeoutSeconds);

    static ITranslationService Service(IServiceProvider sp, string provider) => provider switch
    {
        "libretranslate" => sp.GetRequiredService<LibreTranslateService>(),
        "deepl" => sp.GetRequiredService<DeepLService>(),
        "baidu" => sp.GetRequiredService<BaiduTranslateService>(),
        "papago" => sp.GetRequiredService<PapagoService>(),
        _ => new FakeTranslationService(),
    };

    /// <summary>
    /// Machine drafts of a heading and its text (a profile's name and description, a post's title and body); a service
    /// that cannot answer makes the whole draft Unavailable, so no half-translated proposal is queued. A draft becomes a
    /// pending proposal, so it is unpublished text: refused (Conflict) when the service may not take private text.
    /// </summary>
    public static async Task<Outcome<(TranslatedText Heading, TranslatedText Text)>> DraftMissingAsync(this IMachineTranslator translator,
        TranslatedText heading, TranslatedText text, IReadOnlyCollection<LocalizedText> names, CancellationToken ct)
    {
        if (!translator.TakesPrivateText)
            return Outcome.Conflict(Text.Say("Unpublished text is only sent to a translation service on this platform's own servers " +
                "(libretranslate); the configured service is external and BioBridge:MachineTranslation:SendPrivateText is not set."));
        try
        {
            return Outcome.Success((await translator.DraftMissingAsync(heading, names, ct), await translator.DraftMissingAsync(text, names, ct)));
        }
        catch (TranslationFailedException e)
        {
            return Outcome.Unavailable(e.Message);
        }
    }

    /// <summary>Fills every missing language from the best present version (originals first) with a machine draft; names stay names.</summary>
    public static async Task<TranslatedText> DraftMissingAsync(this IMachineTranslator translator, TranslatedText text,
        IReadOnlyCollection<LocalizedText> names, CancellationToken ct)
    {
        var source = Shared.Resources.UiLanguage.All.Select(l => (Language: l, Version: text.Get(l)))
            .Where(v => v.Version is not null).OrderBy(v => v.Version!.State == TranslationState.Machine).FirstOrDefault();
        if (source.Version is null)
            return text;
        foreach (var missing in text.Missing.ToList())
            text = text.With(missing, new TextVersion(await translator.TranslateAsync(source.Version.Text, source.Language, missing, names, ct), TranslationState.Machine));
        return text;
    }
}
