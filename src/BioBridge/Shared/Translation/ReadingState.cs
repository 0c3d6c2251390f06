using System.Text.Json.Serialization;

namespace BioBridge.Shared;

/// <summary>
/// What a reader gets of a text: it is in their language, a machine translation of it, or the original because no
/// service is configured, the text is private and the service external (PrivateText), or the service failed.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReadingState>))]
public enum ReadingState
{
    [JsonStringEnumMemberName("own-language")] OwnLanguage,
    [JsonStringEnumMemberName("translated")] Translated,
    [JsonStringEnumMemberName("no-service")] NoService,
    [JsonStringEnumMemberName("private")] Private,
    [JsonStringEnumMemberName("failed")] Failed,
}
