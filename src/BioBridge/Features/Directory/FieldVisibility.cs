namespace BioBridge.Features.Directory;

/// <summary>Who reads each field group of a profile; fields a reader may not see come back empty.</summary>
public sealed record FieldVisibility(Visibility Description, Visibility Pipeline, Visibility Figures, Visibility Contact);
