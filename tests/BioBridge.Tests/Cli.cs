namespace BioBridge.Tests;

/// <summary>Runs a command as a user would, in-process, and captures what it prints.</summary>
public static class Cli
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await BioBridgeCli.RunAsync(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
