namespace BioBridge.Features.Messaging;

public sealed record MessageFileItem(int Id, string FileName, string ContentType, int Size);
