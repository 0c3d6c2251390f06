using System.IO.Compression;

namespace BioBridge.Features.Messaging;

/// <summary>
/// Which files a message may carry: an allow-list of document and image types, each recognized by its content
/// (magic bytes, and for Office files the package part that makes a ZIP a document, a workbook or a presentation),
/// so a renamed executable or script is refused whatever its name says.
/// </summary>
public static class AttachmentRules
{
    public const int MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxFilesPerMessage = 5;
    public const int MaxFileNameLength = FieldLengths.FileName;

    /// <summary>The accepted extensions and the content type a download is served with.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    };

    public static string Accepted => string.Join(", ", ContentTypes.Keys.Select(k => k[1..]));

    /// <summary>A file name without any path, as a browser or client may send one.</summary>
    public static string CleanName(string fileName) => Path.GetFileName(fileName.Replace('\\', '/').Trim());

    /// <summary>Checks a file before it is read: name, extension and declared length.</summary>
    public static AttachmentRefusal? CheckShape(string name, long length)
    {
        if (name.Length is 0 or > MaxFileNameLength)
            return new(name, MessagingText.Say($"a file needs a name of 1 to {MaxFileNameLength} characters."), false);
        if (!ContentTypes.ContainsKey(Path.GetExtension(name).ToLowerInvariant()))
            return new(name, MessagingText.Say($"this type of file is not accepted; send {Accepted}."), false);
        if (length > MaxFileBytes)
            return new(name, MessagingText.Say($"the file has {length / 1024.0 / 1024.0:0.0} MB; the limit is {MaxFileBytes / 1024 / 1024} MB."), true);
        if (length == 0)
            return new(name, MessagingText.Say("the file is empty."), false);
        return null;
    }

    /// <summary>Checks that the bytes are what the extension says; returns the content type to serve it with.</summary>
    public static (AttachmentRefusal? Refusal, string ContentType) CheckContent(string name, byte[] content)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var matches = extension switch
        {
            ".pdf" => StartsWith(content, "%PDF-"u8),
            ".png" => StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            ".jpg" or ".jpeg" => StartsWith(content, [0xFF, 0xD8, 0xFF]),
            ".docx" => IsOfficePackage(content, "word/"),
            ".xlsx" => IsOfficePackage(content, "xl/"),
            ".pptx" => IsOfficePackage(content, "ppt/"),
            _ => false,
        };
        return matches
            ? (null, ContentTypes[extension])
            : (new(name, MessagingText.Say($"the content is not a {extension[1..]} file (its type is checked by content, not by name)."), false), "");
    }

    static bool StartsWith(byte[] content, ReadOnlySpan<byte> magic) => content.AsSpan().StartsWith(magic);

    /// <summary>An Office Open XML file is a ZIP with [Content_Types].xml and the part folder of its application.</summary>
    static bool IsOfficePackage(byte[] content, string partFolder)
    {
        if (!StartsWith(content, [0x50, 0x4B, 0x03, 0x04]))
            return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName == "[Content_Types].xml") && zip.Entries.Any(e => e.FullName.StartsWith(partFolder, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
