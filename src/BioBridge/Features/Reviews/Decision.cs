namespace BioBridge.Features.Reviews;

public enum Decision { None, Funded, Rejected, Waitlist }
