using BioBridge.Shared.Resources;

namespace BioBridge.Features.Directory;

/// <summary>Marker for the messages of the directory (organizations, profiles, search) in DirectoryText.resx, DirectoryText.ko.resx and DirectoryText.zh-Hans.resx.</summary>
public sealed class DirectoryText
{
    /// <summary>A sentence of this feature in the reader's language (<see cref="Sentence"/>).</summary>
    public static string Say(Sentence english) => english.In<DirectoryText>();
}
