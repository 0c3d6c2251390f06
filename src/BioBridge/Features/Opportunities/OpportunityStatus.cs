namespace BioBridge.Features.Opportunities;

public enum OpportunityStatus { Open, Closed }
