using BioBridge.Data;
using Mono.Cecil;

namespace BioBridge.Tests.Architecture;

/// <summary>
/// The feature map of docs/architecture.md, checked on the compiled app: a feature uses Shared, the database
/// (AppDb) and only the features listed for it, so the features form layers without loops.
/// </summary>
public class FeatureDependencyTests
{
    /// <summary>Each feature and the features it may use; keep docs/architecture.md's picture the same.</summary>
    static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Operations"] = [],
        ["Accounts"] = [],
        ["Directory"] = ["Accounts"],
        ["Events"] = ["Accounts", "Directory"],
        ["Opportunities"] = ["Accounts", "Directory"],
        ["Publishing"] = ["Accounts", "Directory", "Opportunities"],
        ["Partnering"] = ["Accounts", "Directory", "Events"],
        ["Messaging"] = ["Accounts", "Directory", "Events", "Opportunities", "Partnering"],
        ["Cooperation"] = ["Accounts", "Directory", "Events", "Opportunities", "Partnering"],
        ["Reviews"] = ["Accounts", "Directory", "Events", "Cooperation"],
        ["Demo"] = ["Accounts", "Directory", "Events", "Partnering", "Cooperation", "Reviews"],
    };

    readonly List<Use> uses = ReadUses();

    [Fact]
    public void Every_feature_uses_only_shared_code_the_database_and_the_features_below_it()
    {
        var unexpected = uses
            .Where(u => u.From is { } from && Allowed.ContainsKey(from) && IsFeature(u.To) && u.To != from)
            .Where(u => !Allowed[u.From!].Contains(u.To))
            .Select(u => $"{u.From}.{u.UserType} uses {u.To}.{u.UsedType}")
            .Distinct().Order().ToList();
        unexpected.ShouldBeEmpty("docs/architecture.md lists which feature may use which");
    }

    [Fact]
    public void Every_feature_folder_is_on_the_map()
    {
        var features = uses.Where(u => IsFeature(u.From)).Select(u => u.From!).Distinct().Order().ToList();
        features.ShouldBe(Allowed.Keys.Order().ToList());
    }

    [Fact]
    public void The_map_has_no_loop()
    {
        bool Reaches(string from, string target, HashSet<string> seen) =>
            Allowed[from].Any(next => next == target || (seen.Add(next) && Reaches(next, target, seen)));
        Allowed.Keys.Where(f => Reaches(f, f, [])).ShouldBeEmpty();
    }

    [Fact]
    public void Shared_code_and_features_never_use_the_host()
    {
        uses.Where(u => (u.From == "Shared" && (IsFeature(u.To) || u.To == "Host")) || (IsFeature(u.From) && u.To == "Host"))
            .Select(u => $"{u.From}.{u.UserType} uses {u.To}.{u.UsedType}").Distinct().ShouldBeEmpty();
    }

    static bool IsFeature(string? unit) => unit is not null && unit is not ("Shared" or "Data" or "Host");

    sealed record Use(string? From, string UserType, string? To, string UsedType);

    static List<Use> ReadUses()
    {
        using var module = ModuleDefinition.ReadModule(typeof(AppDb).Assembly.Location);
        return TypeReferences.In(module).Select(r =>
        {
            var dot = r.Used.LastIndexOf('.');
            return new Use(Unit(r.User.Namespace), r.User.Name, Unit(dot < 0 ? "" : r.Used[..dot]), r.Used[(dot + 1)..]);
        }).ToList();
    }

    /// <summary>Features/X (any sub-folder), Shared, the database, or the host (composition root and site frame).</summary>
    static string? Unit(string ns) => ns switch
    {
        _ when ns.StartsWith("BioBridge.Features.") => ns.Split('.')[2],
        _ when ns.StartsWith("BioBridge.Shared") => "Shared",
        "BioBridge.Data" => "Data",
        "BioBridge" or "BioBridge.Site" => "Host",
        _ => null,
    };
}
