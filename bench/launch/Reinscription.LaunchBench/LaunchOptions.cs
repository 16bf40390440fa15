using System.Globalization;

namespace Reinscription.LaunchBench;

/// <summary>The command line of bench/launch/run.</summary>
public sealed class LaunchOptions
{
    public const string Usage = """
        bench/launch/run [--families N] [--runs R] [--drain SECONDS]
          --families N   families of each measured site (default 5000)
          --runs R       measured launches, one site each, one after the other (default 3)
          --drain S      seconds to watch the outbox drain while the dashboard is read (default 20)
        """;

    public int Families { get; private set; } = 5000;

    public int Runs { get; private set; } = 3;

    public int DrainSeconds { get; private set; } = 20;

    /// <summary>Set by bench/launch/run: PostgreSQL's admin connection, the app's build, the SMTP catcher, the log folder.</summary>
    public string AdminConnection { get; private set; } = Environment.GetEnvironmentVariable("PG_ADMIN_CONNECTION") ?? "";

    public string WebProjectDir { get; private set; } = "";

    public string WebDll { get; private set; } = "";

    public int SmtpPort { get; private set; }

    public string LogDir { get; private set; } = "";

    public static LaunchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LaunchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            switch (name)
            {
                case "--families": options.Families = Number(); break;
                case "--runs": options.Runs = Number(); break;
                case "--drain": options.DrainSeconds = Number(); break;
                case "--admin-connection": options.AdminConnection = Value(); break;
                case "--web-project": options.WebProjectDir = Value(); break;
                case "--web-dll": options.WebDll = Value(); break;
                case "--smtp-port": options.SmtpPort = Number(); break;
                case "--log-dir": options.LogDir = Value(); break;
                default: throw new ArgumentException($"Unknown option {name}.\n{Usage}");
            }
        }

        if (options.AdminConnection.Length == 0 || options.WebDll.Length == 0 || options.SmtpPort == 0)
        {
            throw new ArgumentException("Run the benchmark through bench/launch/run, which sets the connection, the build and the catcher.");
        }

        return options;
    }
}
