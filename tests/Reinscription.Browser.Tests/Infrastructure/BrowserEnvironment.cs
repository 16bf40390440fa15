namespace Reinscription.Browser.Tests.Infrastructure;

/// <summary>What scripts/test provides besides PostgreSQL and MailDev: Debian's chromium and the Nu Html Checker.</summary>
internal static class BrowserEnvironment
{
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_BIN") ?? "/usr/bin/chromium";

    /// <summary>
    /// $VNU_JAR, else the one scripts/test installs beside MailDev or into this checkout's .tools/,
    /// so that a plain <c>dotnet test</c> finds it once scripts/test has run.
    /// </summary>
    public static string VnuJar
    {
        get
        {
            if (Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } jar)
            {
                return jar;
            }

            const string inNodeModules = "vnu-jar/build/dist/vnu.jar";
            var candidates = new List<string>();
            if (Environment.GetEnvironmentVariable("MAILDEV_BIN") is { Length: > 0 } maildev)
            {
                // MAILDEV_BIN is node_modules/.bin/maildev: vnu-jar sits in the same node_modules.
                candidates.Add(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(maildev)!, "..", inNodeModules)));
            }

            candidates.Add(Path.Combine(RepositoryRoot, ".tools", "node_modules", inNodeModules));
            return candidates.FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException(
                    $"vnu.jar not found (looked in {string.Join(", ", candidates)}): run the tests through scripts/test, which installs it.");
        }
    }

    /// <summary>The checkout holding this test run: the folder of Reinscription.sln above the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Reinscription.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No Reinscription.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Screenshots of every checked page, kept after the run (gitignored).</summary>
    public static string ScreenshotsDirectory =>
        Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } directory
            ? directory
            : Path.Combine(RepositoryRoot, ".data", "screenshots");
}
