using System.ComponentModel.DataAnnotations;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace BioBridge.Shared;

/// <summary>The SMTP server notifications are mailed through (configuration section BioBridge:Smtp); no host, no e-mail.</summary>
public sealed class SmtpOptions
{
    public const string Section = "BioBridge:Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>StartTls upgrades the connection after connecting (port 587); SslOnConnect is implicit TLS (port 465).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }
    public string? Password { get; set; }

    [Required]
    public string From { get; set; } = "BioBridge <no-reply@biobridge.example>";

    /// <summary>The app's public address, for links in e-mails (such as https://biobridge.example).</summary>
    public string? PublicUrl { get; set; }

    [Range(0.2, 3600)]
    public double PollSeconds { get; set; } = 10;

    /// <summary>A connection to the configured server, signed in when a user name is set (notifications and digests alike).</summary>
    public async Task<SmtpClient> ConnectAsync(CancellationToken ct)
    {
        var smtp = new SmtpClient();
        await smtp.ConnectAsync(Host!, Port, Security, ct);
        if (!string.IsNullOrEmpty(UserName))
            await smtp.AuthenticateAsync(UserName, Password ?? "", ct);
        return smtp;
    }
}
