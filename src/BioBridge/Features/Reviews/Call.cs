using BioBridge.Features.Cooperation;
using BioBridge.Features.Events;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reviews;

public enum CallKind { Award, JointRd }

/// <summary>The kinds as the API and URLs spell them: award, joint-rd.</summary>
public static class CallKinds
{
    public static string Code(CallKind kind) => kind == CallKind.JointRd ? "joint-rd" : "award";

    public static CallKind? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "award" => CallKind.Award,
        "joint-rd" => CallKind.JointRd,
        _ => null,
    };
}

/// <summary>
/// An award call or a joint R&amp;D call: texts in three languages, who may apply, a deadline (a UTC instant shown in the
/// call's IANA zone), the scoring rubric, the attachments allowed and how many reviewers read each submission.
/// </summary>
public sealed class Call
{
    public const int MaxTextLength = 8000;

    public int Id { get; private set; }
    public required string Slug { get; init; }
    public CallKind Kind { get; set; }
    public string? TitleKo { get; set; }
    public string? TitleZh { get; set; }
    public string? TitleEn { get; set; }
    public string? TextKo { get; set; }
    public string? TextZh { get; set; }
    public string? TextEn { get; set; }
    /// <summary>Clusters whose organizations may apply; empty: any.</summary>
    public List<string> EligibleClusterIds { get; set; } = [];
    /// <summary>Joint R&amp;D: clusters each of which must have an organization in the consortium.</summary>
    public List<string> RequiredClusterIds { get; set; } = [];
    public DateTime DeadlineUtc { get; set; }
    /// <summary>IANA zone the deadline is announced in, e.g. Asia/Seoul.</summary>
    public required string TimeZone { get; set; }
    public int ReviewersPerSubmission { get; set; } = 2;
    /// <summary>File extensions accepted as attachments (".pdf"); empty: no attachments.</summary>
    public List<string> AttachmentTypes { get; set; } = [];
    public int MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
    public int MaxAttachments { get; set; } = 5;
    /// <summary>Reviewers whose weighted scores differ by more than this share of the scale are flagged for discussion.</summary>
    public double SpreadThreshold { get; set; } = SubmissionRanking.DefaultSpreadThreshold;
    public int? EventId { get; set; }
    public int? AgreementId { get; set; }
    public bool IsPublished { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public List<CallCriterion> Criteria { get; set; } = [];

    public Event? Event { get; private set; }
    public Agreement? Agreement { get; private set; }

    public LocalizedText Title => new(TitleKo, TitleZh, TitleEn);
    public LocalizedText Text => new(TextKo, TextZh, TextEn);

    public string DeadlineShown => CallRules.ShowDeadline(DeadlineUtc, TimeZone);

    public IReadOnlyList<RankingCriterion> Rubric => Criteria.OrderBy(c => c.Position).Select(c => c.ToRanking()).ToList();
}

/// <summary>One criterion of a call's rubric, scored on ScaleMin..ScaleMax and weighed by Weight.</summary>
public sealed class CallCriterion
{
    public int Id { get; private set; }
    public int CallId { get; set; }
    public int Position { get; set; }
    public string? NameKo { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public double Weight { get; set; } = 1;
    public int ScaleMin { get; set; } = 1;
    public int ScaleMax { get; set; } = 5;

    public LocalizedText Name => new(NameKo, NameZh, NameEn);

    public RankingCriterion ToRanking() => new(Id, Weight, ScaleMin, ScaleMax);
}

sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.IsPublished, c.DeadlineUtc });
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        foreach (var text in new[] { nameof(Call.TextKo), nameof(Call.TextZh), nameof(Call.TextEn) })
            builder.Property(text).HasMaxLength(Call.MaxTextLength);
        builder.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Event).WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Agreement).WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(c => c.Title);
        builder.Ignore(c => c.Text);
        builder.Ignore(c => c.DeadlineShown);
        builder.Ignore(c => c.Rubric);
    }
}

sealed class CallCriterionConfiguration : IEntityTypeConfiguration<CallCriterion>
{
    public void Configure(EntityTypeBuilder<CallCriterion> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.Name);
    }
}
