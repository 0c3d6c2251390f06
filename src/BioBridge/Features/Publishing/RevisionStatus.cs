using System.Text.Json;
using System.Text.Json.Serialization;
using BioBridge.Features.Directory;
using BioBridge.Features.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Publishing;

[JsonConverter(typeof(JsonStringEnumConverter<RevisionStatus>))]
public enum RevisionStatus
{
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("approved")] Approved,
    [JsonStringEnumMemberName("rejected")] Rejected,
    [JsonStringEnumMemberName("superseded")] Superseded,
}
