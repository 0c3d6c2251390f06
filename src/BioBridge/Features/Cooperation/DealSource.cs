namespace BioBridge.Features.Cooperation;

/// <summary>What led to a deal: a partnering meeting, a recommendation of the platform, or an operators' introduction.</summary>
public enum DealSource { Meeting, Recommendation, Introduction }
