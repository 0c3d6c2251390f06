namespace BioBridge.Features.Partnering;

/// <summary>A table hosts one onsite meeting per slot; a virtual room hosts any number of online meetings.</summary>
public enum LocationKind { Table, Virtual }
