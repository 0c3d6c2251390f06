namespace BioBridge.Features.Partnering;

/// <summary>What a delegate comes as; an organizer may cap the meetings of each type.</summary>
public enum ParticipantType { Other, Buyer, Seller, Investor, Startup }
