namespace BioBridge.Features.Messaging;

/// <summary>Why a file was refused; TooLarge answers 413, anything else 400. The message names the file.</summary>
public sealed record AttachmentRefusal(string FileName, string Reason, bool TooLarge)
{
    public string Message => $"'{FileName}': {Reason}";
}
