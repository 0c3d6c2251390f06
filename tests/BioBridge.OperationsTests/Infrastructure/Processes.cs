using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BioBridge.OperationsTests.Infrastructure;

/// <summary>Starting the real programs (PostgreSQL, nginx, the app) as child processes of the tests.</summary>
static class Processes
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs a program to its end; throws with its output when it fails.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout,
        IDictionary<string, string>? environment = null)
    {
        using var process = Start(program, arguments, environment, out var output);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not end within {timeout.TotalSeconds} s:\n{output}");
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}");
        return output.ToString();
    }

    /// <summary>Starts a program whose standard output and error are collected, line by line, into <paramref name="output"/>.</summary>
    public static Process Start(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment, out OutputLines output)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        var lines = output = new OutputLines();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => lines.Add(e.Data);
        process.ErrorDataReceived += (_, e) => lines.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 2xx; fails at once, with <paramref name="describe"/>, when the process ends.</summary>
    public static async Task WaitUntilAnsweringAsync(Process process, string url, TimeSpan within, Func<string> describe)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"exited with {process.ExitCode}: {describe()}");
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{url} did not answer within {within.TotalSeconds} s: {describe()}");
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The repository root, found from the test's build output.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "BioBridge.slnx")))
                    return folder.FullName;
            throw new InvalidOperationException($"no BioBridge.slnx above {AppContext.BaseDirectory}");
        }
    }
}
