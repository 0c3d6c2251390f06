using BioBridge.Data;
using BioBridge.Features.Publishing;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

public sealed record ConceptDto(string Code, string Label);
