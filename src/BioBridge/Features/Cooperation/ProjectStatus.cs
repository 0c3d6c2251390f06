namespace BioBridge.Features.Cooperation;

public enum ProjectStatus { Proposed, Active, Completed, Cancelled }
