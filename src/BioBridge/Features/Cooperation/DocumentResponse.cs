namespace BioBridge.Features.Cooperation;

public sealed record DocumentResponse(int Id, string FileName, string ContentType, long Size, DateTime UploadedAt, string Href);
