namespace BioBridge.Features.Partnering;

public enum RequestStatus { Pending, Accepted, Declined, Cancelled }
