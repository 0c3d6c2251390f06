using System.Text.Json.Serialization;

namespace BioBridge.Features.Publishing;

[JsonConverter(typeof(JsonStringEnumConverter<RevisionKind>))]
public enum RevisionKind { [JsonStringEnumMemberName("profile")] Profile, [JsonStringEnumMemberName("opportunity")] Opportunity }
