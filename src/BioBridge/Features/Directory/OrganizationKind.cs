using BioBridge.Features.Publishing;
using BioBridge.Language;

namespace BioBridge.Features.Directory;

public enum OrganizationKind { Company, Hospital, University, Institute, Agency }
