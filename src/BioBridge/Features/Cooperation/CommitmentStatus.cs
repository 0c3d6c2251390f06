namespace BioBridge.Features.Cooperation;

public enum CommitmentStatus { Open, Overdue, DoneOnTime, DoneLate }
