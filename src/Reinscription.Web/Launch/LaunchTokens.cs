using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Reinscription.Web.Launch;

/// <summary>Launch link tokens: 256 random bits in the URL, their SHA-256 in the database.</summary>
public static class LaunchTokens
{
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));
}
