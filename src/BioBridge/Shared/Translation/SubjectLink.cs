namespace BioBridge.Shared;

/// <summary>The content of a translation job as the operator page names and links it.</summary>
public sealed record SubjectLink(string Label, string Href);
