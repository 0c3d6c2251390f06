namespace BioBridge.Features.Directory;

/// <summary>The field groups of a profile that carry their own visibility; name, cluster, kind, country and sectors are always public.</summary>
public enum FieldGroup { Description, Pipeline, Figures, Contact }
