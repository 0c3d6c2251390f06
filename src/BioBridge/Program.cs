// BioBridge: serves the web app, or runs one command and exits (docs/contracts.md section 1).
using BioBridge;

return BioBridgeCli.IsCommand(args)
    ? await BioBridgeCli.RunAsync(args, Console.Out, Console.Error)
    : await WebApp.RunAsync(args);

public partial class Program;
