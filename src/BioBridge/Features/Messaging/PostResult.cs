namespace BioBridge.Features.Messaging;

/// <summary>Refused: a file that was not accepted (the whole message is then not stored).</summary>
public sealed record PostResult(Outcome Outcome, AttachmentRefusal? Refused, int? MessageId)
{
    public bool Succeeded => Outcome.Succeeded && Refused is null;
}
