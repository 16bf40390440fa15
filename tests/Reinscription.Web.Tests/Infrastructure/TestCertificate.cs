using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>
/// The certificate that encrypts the Data Protection keys of every app of the run, as an operator
/// would configure one: a PKCS #12 file and its password. One for the run, so that every app
/// instance reads the keys the others wrote.
/// </summary>
public static class TestCertificate
{
    public const string Password = "mot-de-passe-du-certificat-de-test";

    private static readonly Lazy<string> File = new(() => Create("CN=Reinscription test keys"));

    public static string Path => File.Value;

    /// <summary>Writes a new self-signed certificate with its private key; returns the file's path.</summary>
    public static string Create(string subject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reinscription-keys-{Guid.NewGuid():N}.pfx");
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }
}
