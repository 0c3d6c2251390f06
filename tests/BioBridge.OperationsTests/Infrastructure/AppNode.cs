using System.Diagnostics;

namespace BioBridge.OperationsTests.Infrastructure;

/// <summary>One BioBridge web node: the built app as its own process on a loopback port, killed like a crashed server.</summary>
sealed class AppNode : IAsyncDisposable
{
    public const string DemoPassword = "Ops-test-2026";

#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

    readonly string database;
    Process? process;

    AppNode(string name, string database, int port)
    {
        Name = name;
        this.database = database;
        Port = port;
    }

    public string Name { get; }
    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public OutputLines Output { get; private set; } = new();
    public int ProcessId => process?.Id ?? 0;
    public bool IsRunning => process is { HasExited: false };

    public static string Program
    {
        get
        {
            var path = Path.Combine(Processes.RepositoryRoot, "src", "BioBridge", "bin", Configuration, "net10.0", "BioBridge.dll");
            return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build the solution first");
        }
    }

    /// <summary>What every node and command of the tests gets: short scheduling leases so a dead node's run is taken over quickly.</summary>
    public static Dictionary<string, string> Environment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["BioBridge__Demo__Password"] = DemoPassword,
        ["BioBridge__Partnering__LeaseSeconds"] = "5",
        ["BioBridge__Partnering__PollSeconds"] = "0.5",
        // Accepted requests wait for the next run, so runs have work to do.
        ["BioBridge__Partnering__PlaceLateAcceptsImmediately"] = "false",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        // The command line speaks the console's language; the tests read its English lines whatever the machine's locale.
        ["LC_ALL"] = "C.UTF-8",
    };

    /// <summary>A command of the app's command line (docs/contracts.md section 1) against the database.</summary>
    public static Task<string> CommandAsync(string database, params string[] arguments) =>
        Processes.RunAsync("dotnet", [Program, .. arguments, "--db", database], TimeSpan.FromMinutes(3), Environment());

    public static async Task<AppNode> StartAsync(string name, string database)
    {
        var node = new AppNode(name, database, Processes.FreePort());
        await node.StartAgainAsync();
        return node;
    }

    public async Task StartAgainAsync()
    {
        process = Processes.Start("dotnet", [Program, "--urls", BaseUrl, "--db", database], Environment(), out var output);
        Output = output;
        await Processes.WaitUntilAnsweringAsync(process, BaseUrl + "/health/ready", TimeSpan.FromMinutes(3), () => $"node {Name}:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown hooks, open requests and transactions die with the process.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public async Task EnsureRunningAsync()
    {
        if (!IsRunning)
            await StartAgainAsync();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
