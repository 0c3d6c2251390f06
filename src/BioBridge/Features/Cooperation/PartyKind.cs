namespace BioBridge.Features.Cooperation;

public enum PartyKind { City, Cluster, Organization }
