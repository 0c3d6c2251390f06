// BioBridge: serves the web app, or runs one command and exits (docs/contracts.md section 1).
using BioBridge;

return BioBridgeCli.IsCommand(args)
    ? await BioBridgeCli.RunAsync(args, Console.Out, Console.Error, BioBridge.Shared.Resources.UiLanguage.OfConsole(Environment.GetEnvironmentVariable))
    : await WebApp.RunAsync(args);

public partial class Program;
