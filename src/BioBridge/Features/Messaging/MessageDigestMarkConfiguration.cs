using System.ComponentModel.DataAnnotations;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Partnering;
using BioBridge.Shared.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BioBridge.Features.Messaging;

sealed class MessageDigestMarkConfiguration : IEntityTypeConfiguration<MessageDigestMark>
{
    public void Configure(EntityTypeBuilder<MessageDigestMark> builder)
    {
        builder.HasKey(m => m.UserId);
        builder.Property(m => m.UserId).HasMaxLength(FieldLengths.UserId);
    }
}
