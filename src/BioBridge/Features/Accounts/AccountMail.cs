using System.Globalization;
using BioBridge.Shared.Resources;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Sends the account e-mails (invitation, e-mail confirmation, password reset) in the recipient's language, through
/// the SMTP server of the notifications (BioBridge:Smtp). Links point to BioBridge:Smtp:PublicUrl, or to the address
/// the request came in on. Without an SMTP host nothing is sent and the caller shows or logs the link instead.
/// </summary>
public sealed class AccountMail(IOptions<SmtpOptions> options, IHttpContextAccessor http, IStringLocalizer<AccountText> text, ILogger<AccountMail> log)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    /// <summary>An absolute link to a page of the app.</summary>
    public string Link(string pathAndQuery)
    {
        var root = options.Value.PublicUrl;
        if (string.IsNullOrWhiteSpace(root) && http.HttpContext?.Request is { } request)
            root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return (root ?? "http://localhost:5000").TrimEnd('/') + pathAndQuery;
    }

    /// <summary>Sends one e-mail; false when no SMTP server is configured (the link is then logged for the operator of the site).</summary>
    public async Task<bool> SendAsync(AccountMailKind kind, string email, string? name, string language, string link, string? about, CancellationToken ct)
    {
        if (!IsConfigured)
        {
            log.LogWarning("No SMTP server is configured (BioBridge:Smtp:Host): the {Kind} e-mail to {Email} was not sent; its link is {Link}", kind, email, link);
            return false;
        }
        var o = options.Value;
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(o.Host!, o.Port, o.Security, ct);
        if (!string.IsNullOrEmpty(o.UserName))
            await smtp.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        await smtp.SendAsync(Message(o.From, kind, email, name, language, link, about), ct);
        await smtp.DisconnectAsync(quit: true, ct);
        return true;
    }

    MimeMessage Message(string from, AccountMailKind kind, string email, string? name, string language, string link, string? about)
    {
        // The localizer reads the current UI culture: the recipient's language, for this message only.
        using var _ = UiLanguage.Use(UiLanguage.FromCode(language));
        var message = new MimeMessage
        {
            Subject = text[$"mail:{kind}:subject"],
            Body = new TextPart("plain") { Text = string.Format(CultureInfo.CurrentCulture, text[$"mail:{kind}:body"], about ?? "") + "\n\n" + link + "\n" },
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(name ?? "", email));
        return message;
    }
}
