using System.Text.Json.Serialization;

namespace BioBridge.Shared;

/// <summary>
/// Who may read a profile field group or an opportunity, widest first: anyone; signed-in members and operators
/// of the platform; only the organization's own members, its cluster's operators and the admins.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Visibility>))]
public enum Visibility
{
    [JsonStringEnumMemberName("public")] Public,
    [JsonStringEnumMemberName("members")] Members,
    [JsonStringEnumMemberName("private")] Private,
}
