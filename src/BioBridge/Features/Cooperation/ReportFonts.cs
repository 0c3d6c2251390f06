using System.Buffers.Binary;
using PdfSharp.Fonts;
using SkiaSharp;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// The fonts of PDF reports: Korean (Nanum Gothic), Chinese (WenQuanYi Micro Hei) and Latin (DejaVu Sans), found
/// where Debian installs them or at BioBridge:Reports:Fonts:{Korean|Chinese|Latin}. TrueType outlines only: PDFsharp
/// embeds a subset of those, while it embeds CFF fonts (Noto Sans CJK) whole and in a form poppler and MuPDF cannot draw.
/// A text is set in the first font of the report's language that has all its glyphs, so a Chinese name in a Korean
/// report still shows.
/// </summary>
public sealed class ReportFonts : IFontResolver
{
    public const string ConfigurationSection = "BioBridge:Reports:Fonts";

    /// <summary>A font PDFsharp knows by family name, the file names it has on disk and the Debian package that installs it.</summary>
    sealed record Face(string Family, string Key, string[] FileNames, string Package);

    static readonly Face Korean = new("BioBridge Korean", "Korean", ["NanumGothic.ttf"], "fonts-nanum");
    static readonly Face Chinese = new("BioBridge Chinese", "Chinese", ["wqy-microhei.ttc", "wqy-zenhei.ttc"], "fonts-wqy-microhei");
    static readonly Face Latin = new("BioBridge Latin", "Latin", ["DejaVuSans.ttf", "LiberationSans-Regular.ttf"], "fonts-dejavu-core");
    static readonly Face[] Faces = [Korean, Chinese, Latin];

    static readonly string[] Folders = ["/usr/share/fonts", "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local/share/fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts")];
    static readonly Lock Gate = new();
    static ReportFonts? installed;

    readonly Dictionary<Face, string> files;
    readonly Dictionary<Face, byte[]> fonts = [];
    readonly Dictionary<Face, SKFont> glyphs = [];

    ReportFonts(Dictionary<Face, string> files) => this.files = files;

    /// <summary>
    /// Finds the three fonts and makes them PDFsharp's fonts (once per process). Null when one is missing; then
    /// <paramref name="missing"/> names the font and the Debian package that installs it.
    /// </summary>
    public static ReportFonts? Install(IConfiguration configuration, out string missing)
    {
        lock (Gate)
        {
            missing = "";
            if (installed is not null)
                return installed;
            var found = Faces.ToDictionary(f => f, f => configuration[$"{ConfigurationSection}:{f.Key}"] is { Length: > 0 } configured && File.Exists(configured)
                ? configured : Locate(f.FileNames));
            var absent = Faces.Where(f => found[f] is null).ToList();
            if (absent.Count > 0)
            {
                missing = string.Join("; ", absent.Select(f =>
                    $"no {f.Key} font ({string.Join(" or ", f.FileNames)}): install the Debian package {f.Package} or set {ConfigurationSection}:{f.Key}"));
                return null;
            }
            installed = new ReportFonts(found.ToDictionary(p => p.Key, p => p.Value!));
            // PDFsharp 6.5 asks the application to declare its licence; BioBridge uses it under the AGPL (docs/cooperation.md).
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver ??= installed;
            return installed;
        }
    }

    static string? Locate(string[] names)
    {
        foreach (var name in names)
            foreach (var folder in Folders.Where(System.IO.Directory.Exists))
                if (System.IO.Directory.EnumerateFiles(folder, name, SearchOption.AllDirectories).Order().FirstOrDefault() is { } file)
                    return file;
        return null;
    }

    /// <summary>The report language's fonts, its own script first.</summary>
    static Face[] Order(string language) => language switch
    {
        "ko" => [Korean, Chinese, Latin],
        "zh" => [Chinese, Korean, Latin],
        _ => [Latin, Chinese, Korean],
    };

    /// <summary>The font file the report's charts are labelled with.</summary>
    public string ChartFile(string language) => files[Order(language)[0]];

    /// <summary>The family to set <paramref name="text"/> in: the first of the language's fonts that has every glyph of it.</summary>
    public string FamilyFor(string language, string text)
    {
        var order = Order(language);
        lock (glyphs)
            return (order.FirstOrDefault(f => Glyphs(f).ContainsGlyphs(text)) ?? order[0]).Family;
    }

    SKFont Glyphs(Face face)
    {
        if (!glyphs.TryGetValue(face, out var font))
            glyphs[face] = font = new SKFont(SKTypeface.FromData(SKData.CreateCopy(Font(face))));
        return font;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Faces.FirstOrDefault(f => f.Family == familyName)?.Family ?? Latin.Family);

    public byte[]? GetFont(string faceName) => Faces.FirstOrDefault(f => f.Family == faceName) is { } face ? Font(face) : null;

    byte[] Font(Face face)
    {
        lock (fonts)
        {
            if (!fonts.TryGetValue(face, out var font))
                fonts[face] = font = Single(File.ReadAllBytes(files[face]));
            return font;
        }
    }

    /// <summary>PDFsharp reads single fonts only: the first font of a collection (.ttc), a single font as is.</summary>
    static byte[] Single(byte[] file)
    {
        if (!file.AsSpan().StartsWith("ttcf"u8))
            return file;
        var at = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(at + 4));
        var headerLength = 12 + 16 * tableCount;
        var tables = Enumerable.Range(0, tableCount).Select(i => (
            Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at + 12 + 16 * i + 8)),
            Length: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at + 12 + 16 * i + 12)))).ToList();
        var font = new byte[headerLength + tables.Sum(t => (t.Length + 3) & ~3)];
        file.AsSpan(at, headerLength).CopyTo(font);
        var position = headerLength;
        for (var i = 0; i < tableCount; i++)
        {
            file.AsSpan(tables[i].Offset, tables[i].Length).CopyTo(font.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * i + 8), (uint)position);
            position += (tables[i].Length + 3) & ~3;
        }
        return font;
    }
}
