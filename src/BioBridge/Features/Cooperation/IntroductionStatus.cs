namespace BioBridge.Features.Cooperation;

public enum IntroductionStatus { Proposed, Accepted, Declined }
