namespace BioBridge.Shared;

/// <summary>
/// The one rule on private and unpublished text (messages, pending proposals, submissions, reviewer comments) under
/// PIPA and PIPL: it goes only to a service that keeps it on the operator's servers (a self-hosted LibreTranslate, or
/// the offline fake), unless the operator allows external services with SendPrivateText (docs/translation.md,
/// "Which data goes where"). Published public text may go to any configured service.
/// </summary>
public static class PrivateText
{
    /// <summary>Providers that run on the operator's own servers.</summary>
    public static readonly IReadOnlyList<string> OnPremisesProviders = ["libretranslate", "fake"];

    public static bool MayGoTo(MachineTranslationOptions options) => options.SendPrivateText || OnPremisesProviders.Contains(options.Provider);
}
