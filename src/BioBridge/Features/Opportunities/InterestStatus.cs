namespace BioBridge.Features.Opportunities;

public enum InterestStatus { Pending, Accepted, Declined }
