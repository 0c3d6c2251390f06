using System.Globalization;
using BioBridge.Features.Partnering;
using BioBridge.Shared.Resources;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BioBridge.Features.Accounts;

public enum AccountMailKind { Invitation, ConfirmEmail, ResetPassword }
