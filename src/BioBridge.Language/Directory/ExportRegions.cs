namespace BioBridge.Language;

/// <summary>The export-region codes of the import contract (docs/contracts.md section 2) and their names in ko, zh and en.</summary>
public static class ExportRegions
{
    static readonly Dictionary<string, (string Ko, string Zh, string En)> Names = new(StringComparer.Ordinal)
    {
        ["EU"] = ("유럽", "欧洲", "Europe"),
        ["NA"] = ("북미", "北美", "North America"),
        ["SA"] = ("남미", "南美", "South America"),
        ["SEA"] = ("동남아시아", "东南亚", "Southeast Asia"),
        ["ME"] = ("중동", "中东", "Middle East"),
        ["AF"] = ("아프리카", "非洲", "Africa"),
        ["OC"] = ("오세아니아", "大洋洲", "Oceania"),
        ["EA"] = ("동아시아", "东亚", "East Asia"),
        ["SA-ASIA"] = ("남아시아", "南亚", "South Asia"),
    };

    /// <summary>In the contract's order.</summary>
    public static IReadOnlyCollection<string> Codes => Names.Keys;

    public static bool IsCode(string code) => Names.ContainsKey(code);

    public static string Name(string code, string language) =>
        Names.TryGetValue(code, out var n) ? language switch { "ko" => n.Ko, "zh" => n.Zh, _ => n.En } : code;
}
