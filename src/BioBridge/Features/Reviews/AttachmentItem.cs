namespace BioBridge.Features.Reviews;

public sealed record AttachmentItem(int Id, string FileName, string ContentType, int Size);
