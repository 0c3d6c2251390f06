namespace BioBridge.Features.Messaging;

/// <summary>A file as it arrives from a form or the API, before anything is stored.</summary>
public sealed record IncomingFile(string FileName, long Length, Func<Stream> Open);
