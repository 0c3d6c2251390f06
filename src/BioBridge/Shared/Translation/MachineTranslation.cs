using Microsoft.Extensions.Options;

namespace BioBridge.Shared;

public static class MachineTranslation
{
    /// <summary>The configured translation service (none, fake or http) behind IMachineTranslator.</summary>
    public static IServiceCollection AddMachineTranslation(this IServiceCollection services)
    {
        services.AddOptions<MachineTranslationOptions>().BindConfiguration(MachineTranslationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<HttpMachineTranslator>((sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<MachineTranslationOptions>>().Value.TimeoutSeconds));
        services.AddScoped<IMachineTranslator>(sp => sp.GetRequiredService<IOptions<MachineTranslationOptions>>().Value.Provider switch
        {
            "http" => sp.GetRequiredService<HttpMachineTranslator>(),
            "fake" => new FakeMachineTranslator(),
            _ => new NoMachineTranslator(),
        });
        return services;
    }

    /// <summary>Fills every missing language from the best present version (originals first) with a machine draft.</summary>
    public static async Task<TranslatedText> DraftMissingAsync(this IMachineTranslator translator, TranslatedText text, CancellationToken ct)
    {
        var source = Shared.Resources.UiLanguage.All.Select(l => (Language: l, Version: text.Get(l)))
            .Where(v => v.Version is not null).OrderBy(v => v.Version!.State == TranslationState.Machine).FirstOrDefault();
        if (source.Version is null)
            return text;
        foreach (var missing in text.Missing.ToList())
            text = text.With(missing, new TextVersion(await translator.TranslateAsync(source.Version.Text, source.Language, missing, ct), TranslationState.Machine));
        return text;
    }
}
