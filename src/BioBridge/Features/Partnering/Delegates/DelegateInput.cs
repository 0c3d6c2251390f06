namespace BioBridge.Features.Partnering;

public sealed record DelegateInput(string? DisplayName, string? Email, string? JobTitle, IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? UnavailableSlots, int? MaxMeetings, string? OrganizationExternalId, IReadOnlyList<int>? SpeaksAt = null,
    string? ParticipantType = null);
