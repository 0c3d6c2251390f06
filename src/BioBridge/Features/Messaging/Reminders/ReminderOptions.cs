using System.ComponentModel.DataAnnotations;

namespace BioBridge.Features.Messaging;

/// <summary>Settings of the reminder job (configuration section BioBridge:Reminders).</summary>
public sealed class ReminderOptions
{
    public const string Section = "BioBridge:Reminders";

    /// <summary>How often each node looks for due reminders and digests.</summary>
    [Range(0.2, 3600)]
    public double PollSeconds { get; set; } = 60;
}
