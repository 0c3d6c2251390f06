using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Accounts;

sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(i => i.Role).HasMaxLength(Invitation.MaxRoleLength);
        builder.Property(i => i.Language).HasMaxLength(FieldLengths.LanguageCode);
        builder.Property(i => i.TokenHash).HasMaxLength(FieldLengths.TokenHash);
        builder.Property(i => i.InvitedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(i => i.AcceptedUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.ExpiresAt);
    }
}
