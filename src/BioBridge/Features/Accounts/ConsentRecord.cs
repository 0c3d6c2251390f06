using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Accounts;

/// <summary>
/// One consent given or withdrawn: who, which document, which version, when. Rows are only ever added, so the
/// history proves what a person agreed to at any time; the latest row of a kind is the current state.
/// </summary>
public sealed class ConsentRecord
{
    public long Id { get; private set; }
    public required string UserId { get; init; }
    public required string Kind { get; init; }
    public required string Version { get; init; }
    public bool Given { get; init; }
    public DateTime At { get; init; }
}

/// <summary>
/// The documents a person consents to. Cross-border transfer is separate and explicit because Korea's PIPA
/// (art. 17, 28-8) and China's PIPL (art. 39) each require a separate consent before personal data leaves the country.
/// </summary>
public static class Consents
{
    public const string Terms = "terms";
    public const string Privacy = "privacy";
    public const string CrossBorderTransfer = "cross-border-transfer";

    public static readonly string[] All = [Terms, Privacy, CrossBorderTransfer];

    /// <summary>Signing up requires these; the cross-border transfer stays the person's free choice.</summary>
    public static readonly string[] Required = [Terms, Privacy];

    /// <summary>The version in force of each document; a new version asks for consent again.</summary>
    public static readonly IReadOnlyDictionary<string, string> CurrentVersions = new Dictionary<string, string>
    {
        [Terms] = "2026-11-01",
        [Privacy] = "2026-11-01",
        [CrossBorderTransfer] = "2026-11-01",
    };
}

sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("ConsentRecords");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.Kind).HasMaxLength(32);
        builder.Property(c => c.Version).HasMaxLength(32);
        builder.HasIndex(c => new { c.UserId, c.Kind, c.At });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
