namespace BioBridge.Features.Cooperation;

/// <summary>A signed text or annex of an agreement, kept in the database so every node and every backup has it.</summary>
public sealed class AgreementDocument
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileNameLength = FieldLengths.FileName;

    /// <summary>The file types a signed agreement comes in: extension and the content type served on download.</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".hwp"] = "application/x-hwp",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
    };

    public int Id { get; private set; }
    public int AgreementId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedByUserId { get; set; }

    /// <summary>Checks name, size and type; the file name is reduced to its last segment so no path is ever stored.</summary>
    public static Outcome<AgreementDocument> Create(int agreementId, string? fileName, byte[] content, DateTime now, string? userId)
    {
        var name = UploadedFileName.Of(fileName);
        var extension = Path.GetExtension(name);
        var errors = new Dictionary<string, string[]>();
        if (name.Length == 0)
            errors["file"] = [CooperationText.Say("Choose a file to upload.")];
        else if (name.Length > MaxFileNameLength)
            errors["file"] = [CooperationText.Say($"The file name has at most {MaxFileNameLength} characters.")];
        else if (!AllowedTypes.ContainsKey(extension))
            errors["file"] = [CooperationText.Say($"{name}: only {string.Join(", ", AllowedTypes.Keys)} files are accepted.")];
        else if (content.Length == 0)
            errors["file"] = [CooperationText.Say($"{name} is empty.")];
        else if (content.Length > MaxBytes)
            errors["file"] = [CooperationText.Say($"{name} has {content.Length / 1024 / 1024.0:0.0} MB; the limit is {MaxBytes / 1024 / 1024} MB.")];
        else if (extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase) && !content.AsSpan().StartsWith("%PDF"u8))
            errors["file"] = [CooperationText.Say($"{name} is not a PDF file.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        return Outcome.Success(new AgreementDocument
        {
            AgreementId = agreementId, FileName = name, ContentType = AllowedTypes[extension], Size = content.Length, Content = content,
            UploadedAt = now, UploadedByUserId = userId,
        });
    }
}
