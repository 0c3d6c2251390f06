using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.Extensions.Localization;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record DelegateItem(int Id, string DisplayName, string? JobTitle, string OrganizationExternalId, string OrganizationName,
    string Cluster, IReadOnlyList<string> Languages, int MaxMeetings, bool CheckedIn, string ParticipantType = "other");
