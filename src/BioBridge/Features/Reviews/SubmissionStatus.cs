using BioBridge.Features.Cooperation;
using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reviews;

public enum SubmissionStatus { Draft, Submitted, Withdrawn }
