namespace BioBridge.Features.Directory;

public enum OrganizationKind { Company, Hospital, University, Institute, Agency }
