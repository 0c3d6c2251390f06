namespace BioBridge.Features.Cooperation;

public enum AgreementKind { Friendship, Mou, Contract }
