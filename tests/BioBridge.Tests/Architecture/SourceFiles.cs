namespace BioBridge.Tests.Architecture;

/// <summary>The repository's own C# sources (generated migrations, build output and vendored data left out).</summary>
public static class SourceFiles
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<string> Under(params string[] folders) => folders
        .SelectMany(f => Directory.EnumerateFiles(Path.Combine(Root, f), "*.cs", SearchOption.AllDirectories))
        .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && !f.Contains("/Migrations/"));

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BioBridge.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("BioBridge.slnx not found above " + AppContext.BaseDirectory);
    }
}
