using System.Buffers.Binary;
using System.Text;
using PdfSharp.Fonts;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// The CJK font embedded in PDF reports (Noto Sans CJK by default): found where the system installed it, or at
/// BioBridge:Reports:CjkFont. PDFsharp reads single fonts only, so the face of a collection (.ttc) that fits the
/// report's language (KR for Korean, SC otherwise) is cut out of it.
/// </summary>
public sealed class CjkFont : IFontResolver
{
    public const string ConfigurationKey = "BioBridge:Reports:CjkFont";
    public const string Korean = "BioBridge CJK KR";
    public const string Chinese = "BioBridge CJK SC";

    static readonly string[] Folders = ["/usr/share/fonts", "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local/share/fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts")];
    static readonly string[] Names = ["NotoSansCJK-Regular.ttc", "NotoSansCJKkr-Regular.otf", "NotoSansCJKsc-Regular.otf", "NotoSansCJK*.ttc", "NotoSansCJK*.otf"];
    static readonly Lock Gate = new();
    static CjkFont? installed;

    readonly string path;
    readonly Dictionary<string, byte[]> faces = [];

    CjkFont(string path) => this.path = path;

    public string FilePath => path;

    /// <summary>Finds the font and makes it PDFsharp's resolver (once per process); null when no CJK font is installed.</summary>
    public static CjkFont? Install(string? configuredPath)
    {
        lock (Gate)
        {
            if (installed is not null)
                return installed;
            var found = configuredPath is { Length: > 0 } && File.Exists(configuredPath) ? configuredPath : Locate();
            if (found is null)
                return null;
            installed = new CjkFont(found);
            // PDFsharp 6.5 asks the application to declare its licence; BioBridge uses it under the AGPL (docs/cooperation.md).
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver ??= installed;
            return installed;
        }
    }

    static string? Locate()
    {
        foreach (var name in Names)
            foreach (var folder in Folders.Where(System.IO.Directory.Exists))
                if (System.IO.Directory.EnumerateFiles(folder, name, SearchOption.AllDirectories).Order().FirstOrDefault() is { } file)
                    return file;
        return null;
    }

    public static string FamilyFor(string language) => language == "ko" ? Korean : Chinese;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(familyName is Korean or Chinese ? familyName : Chinese);

    public byte[]? GetFont(string faceName)
    {
        lock (faces)
        {
            if (!faces.TryGetValue(faceName, out var font))
                faces[faceName] = font = Face(File.ReadAllBytes(path), faceName == Korean ? "CJK KR" : "CJK SC");
            return font;
        }
    }

    /// <summary>The face of a collection whose names mention <paramref name="wanted"/> (else the first); a single font as is.</summary>
    static byte[] Face(byte[] file, string wanted)
    {
        if (!file.AsSpan().StartsWith("ttcf"u8))
            return file;
        var count = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(8));
        var extracted = Enumerable.Range(0, count).Select(i => Extract(file, i)).ToList();
        var marker = Encoding.BigEndianUnicode.GetBytes(wanted);
        return extracted.FirstOrDefault(f => f.AsSpan().IndexOf(marker) >= 0) ?? extracted[0];
    }

    /// <summary>Copies one font of a TrueType/OpenType collection into a standalone font file (tables re-addressed).</summary>
    static byte[] Extract(byte[] ttc, int index)
    {
        var at = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(12 + 4 * index));
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(ttc.AsSpan(at + 4));
        var headerLength = 12 + 16 * tableCount;
        var tables = Enumerable.Range(0, tableCount).Select(i => (
            Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(at + 12 + 16 * i + 8)),
            Length: (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(at + 12 + 16 * i + 12)))).ToList();
        var font = new byte[headerLength + tables.Sum(t => (t.Length + 3) & ~3)];
        ttc.AsSpan(at, headerLength).CopyTo(font);
        var position = headerLength;
        for (var i = 0; i < tableCount; i++)
        {
            ttc.AsSpan(tables[i].Offset, tables[i].Length).CopyTo(font.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * i + 8), (uint)position);
            position += (tables[i].Length + 3) & ~3;
        }
        return font;
    }
}
