namespace BioBridge.Features.Partnering;

public enum MeetingStatus { Scheduled, Held, NoShow }
