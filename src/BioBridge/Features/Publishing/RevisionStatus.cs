using System.Text.Json.Serialization;

namespace BioBridge.Features.Publishing;

[JsonConverter(typeof(JsonStringEnumConverter<RevisionStatus>))]
public enum RevisionStatus
{
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("approved")] Approved,
    [JsonStringEnumMemberName("rejected")] Rejected,
    [JsonStringEnumMemberName("superseded")] Superseded,
}
