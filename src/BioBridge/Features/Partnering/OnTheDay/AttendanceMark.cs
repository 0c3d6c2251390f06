namespace BioBridge.Features.Partnering;

public enum AttendanceMark { CheckIn, Held, NoShow }
