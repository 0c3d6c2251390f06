namespace BioBridge.Shared;

/// <summary>Whether a text is published and public, or private or unpublished (PrivateText decides where the latter may go).</summary>
public enum TextPrivacy { Published, Private }
