using System.Text.Json.Serialization;

namespace BioBridge.Shared;

/// <summary>
/// How one language version of a text came about: written by the organization, drafted by machine translation
/// (shown with a badge until someone checks it), or a draft the organization has verified.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranslationState>))]
public enum TranslationState
{
    [JsonStringEnumMemberName("original")] Original,
    [JsonStringEnumMemberName("machine")] Machine,
    [JsonStringEnumMemberName("verified")] Verified,
}
