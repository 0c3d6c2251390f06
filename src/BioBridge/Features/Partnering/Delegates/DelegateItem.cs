namespace BioBridge.Features.Partnering;

public sealed record DelegateItem(int Id, string DisplayName, string? JobTitle, string OrganizationExternalId, string OrganizationName,
    string Cluster, IReadOnlyList<string> Languages, int MaxMeetings, bool CheckedIn, string ParticipantType = "other");
