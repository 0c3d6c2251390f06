using BioBridge.Shared.Resources;

namespace BioBridge.Tests;

/// <summary>Runs a command as a user would, in-process, and captures what it prints.</summary>
public static class Cli
{
    /// <summary>Runs it in an English console.</summary>
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(UiLanguage.English, args);

    /// <summary>Runs it in a console whose locale variables (LC_ALL, LC_MESSAGES, LANG) are <paramref name="environment"/>'s.</summary>
    public static Task<CliRun> RunInAsync(Func<string, string?> environment, params string[] args) =>
        RunAsync(UiLanguage.OfConsole(environment), args);

    static async Task<CliRun> RunAsync(string language, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await BioBridgeCli.RunAsync(args, stdout, stderr, language);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
