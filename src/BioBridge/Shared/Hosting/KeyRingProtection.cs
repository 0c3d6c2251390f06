using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace BioBridge.Shared;

/// <summary>
/// The data-protection key ring (sign-in cookies, antiforgery tokens) lives in the database, so every node reads the same
/// keys (AppServices). With BioBridge:DataProtection:Certificate - a PFX file every node has - the keys are also encrypted
/// at rest; without one they are stored as plain XML, and the start says so in one line (Explain) instead of the
/// framework's warning for every new key. docs/security.md, "Key ring".
/// </summary>
public static class KeyRingProtection
{
    public const string CertificateKey = "BioBridge:DataProtection:Certificate";
    public const string CertificatePasswordKey = "BioBridge:DataProtection:CertificatePassword";
    const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public static void AddKeyRingProtection(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration[CertificateKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            // Its warning here is "No XML encryptor configured", which Explain replaces; errors still show.
            builder.Logging.AddFilter(KeyManagerCategory, LogLevel.Error);
            return;
        }
        if (!File.Exists(path))
            throw new InvalidOperationException($"{CertificateKey} names '{path}', which does not exist");
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, builder.Configuration[CertificatePasswordKey]);
        builder.Services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>The one line a start without a certificate logs about the keys' storage.</summary>
    public static void Explain(IConfiguration configuration, ILogger log)
    {
        if (string.IsNullOrWhiteSpace(configuration[CertificateKey]))
            log.LogInformation("Data-protection keys are kept in the database table DataProtectionKeys, shared by every node, without encryption at rest; " +
                "set {Setting} to a PFX file to encrypt them (docs/security.md)", CertificateKey);
    }
}
