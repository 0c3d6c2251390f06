namespace BioBridge.Features.Cooperation;

public enum DealKind { Licensing, Distribution, JointVenture, Investment, CoDevelopment, Supply, TalentExchange }
