using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BioBridge.OperationsTests.Infrastructure;

/// <summary>
/// nginx from Debian's package in front of the nodes, configured with the repository's deploy/nginx/biobridge.conf
/// (only the ports changed), so the tests prove the configuration operators deploy.
/// </summary>
sealed partial class ReverseProxy : IAsyncDisposable
{
    readonly string folder;
    readonly Process process;

    ReverseProxy(string folder, Process process, int port)
    {
        this.folder = folder;
        this.process = process;
        Port = port;
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    static string Nginx => new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("nginx is not installed: run the tests with ./test.sh, which installs Debian's nginx-light");

    public static async Task<ReverseProxy> StartAsync(IReadOnlyList<AppNode> nodes)
    {
        var folder = Directory.CreateTempSubdirectory("biobridge-ops-nginx-").FullName;
        var port = Processes.FreePort();
        var site = await File.ReadAllTextAsync(Path.Combine(Processes.RepositoryRoot, "deploy", "nginx", "biobridge.conf"));
        var servers = UpstreamServer().Matches(site);
        servers.Count.ShouldBe(2, "deploy/nginx/biobridge.conf lists two example nodes");
        var options = servers[0].Groups["options"].Value;
        site = UpstreamServer().Replace(site, "", servers.Count - 1, servers[1].Index);
        site = site.Replace(servers[0].Value, string.Concat(nodes.Select(n => $"    server 127.0.0.1:{n.Port}{options};\n")));
        site = Regex.Replace(site, @"listen \d+;", $"listen 127.0.0.1:{port};");
        await File.WriteAllTextAsync(Path.Combine(folder, "biobridge.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            {{(Processes.IsRoot ? "user root;" : "")}}
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/biobridge.conf;
            }
            """);
        var process = Processes.Start(Nginx, ["-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", Path.Combine(folder, "nginx.conf"),
            "-g", "daemon off;"], null, out var output);
        var proxy = new ReverseProxy(folder, process, port);
        await Processes.WaitUntilAnsweringAsync(process, proxy.BaseUrl + "/health", TimeSpan.FromSeconds(10),
            () => $"nginx:\n{output}\n{File.ReadAllText(Path.Combine(folder, "error.log"))}");
        return proxy;
    }

    [GeneratedRegex(@"^\s*server 127\.0\.0\.1:\d+(?<options>[^;]*);\n?", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
