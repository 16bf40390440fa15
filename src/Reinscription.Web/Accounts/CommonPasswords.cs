namespace Reinscription.Web.Accounts;

/// <summary>The common-password blocklist (ASVS 6.2.4), shipped inside the app: no service to call, nothing sent out.</summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static bool Contains(string lowerCasePassword) => List.Value.Contains(lowerCasePassword);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Reinscription.Web.Accounts.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
