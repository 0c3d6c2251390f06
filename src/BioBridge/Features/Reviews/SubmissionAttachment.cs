namespace BioBridge.Features.Reviews;

/// <summary>A file attached to a submission, kept in the database so every node serves it.</summary>
public sealed class SubmissionAttachment
{
    public int Id { get; private set; }
    public int SubmissionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public int Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
}
