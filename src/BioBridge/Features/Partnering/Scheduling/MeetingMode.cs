namespace BioBridge.Features.Partnering;

public enum MeetingMode { Onsite, Virtual }
