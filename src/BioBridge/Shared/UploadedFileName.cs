namespace BioBridge.Shared;

/// <summary>
/// The name an uploaded file is kept and shown under: its last segment, whichever separator the sender's system used
/// (Path.GetFileName on Linux keeps "..\..\x.pdf" whole), so no path is ever stored, served or echoed.
/// </summary>
public static class UploadedFileName
{
    public static string Of(string? fileName)
    {
        var name = (fileName ?? "").Trim();
        return name[(name.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
    }
}
