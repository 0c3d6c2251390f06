namespace BioBridge.Features.Partnering;

public enum PreferenceLevel { MustMeet, Meet, NoThanks }
