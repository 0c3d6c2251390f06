using BioBridge.Data;
using BioBridge.Features.Publishing;
using BioBridge.Language;
using BioBridge.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

public sealed record ConceptDto(string Code, string Label);
