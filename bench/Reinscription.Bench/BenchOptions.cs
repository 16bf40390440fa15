using System.Globalization;

namespace Reinscription.Bench;

/// <summary>The command line of bench/rush; every value has a default that meets the 5-minute budget on 2 cores.</summary>
public sealed class BenchOptions
{
    public const string Usage = """
        bench/rush [--families N] [--concurrency C] [--seats S] [--slots K] [--instances 1|2]
                   [--duration-warmup SECONDS] [--duration SECONDS] [--pool-students M] [--log-sql]
          --families N          parents of the rush, one student each (default 2000)
          --concurrency C       virtual parents at once (default 64)
          --seats S             seats of the rush, over all slots (default 100)
          --slots K             next year's FM slots the parents choose from (default 4)
          --instances 1|2       app processes sharing the database (default 1)
          --duration-warmup S   warm-up before any measure, until the JIT has tiered up (default 30)
          --duration S          length of each throughput phase: baseline, step 4, validation (default 10)
          --pool-students M     students of each throughput-phase family (default 48)
          --log-sql             log EF Core's SQL into the app logs (.data/bench/app-*.log), to profile
        """;

    public int Families { get; private set; } = 2000;

    public int Concurrency { get; private set; } = 64;

    public int Seats { get; private set; } = 100;

    public int Slots { get; private set; } = 4;

    public int Instances { get; private set; } = 1;

    public int WarmupSeconds { get; private set; } = 30;

    public int PhaseSeconds { get; private set; } = 10;

    public int PoolStudents { get; private set; } = 48;

    public bool LogSql { get; private set; }

    public string Database { get; private set; } = "reinscription_bench";

    /// <summary>Set by bench/rush: PostgreSQL's admin connection, the app's build, the SMTP catcher, the log folder.</summary>
    public string AdminConnection { get; private set; } = Environment.GetEnvironmentVariable("PG_ADMIN_CONNECTION") ?? "";

    public string WebProjectDir { get; private set; } = "";

    public string WebDll { get; private set; } = "";

    public int SmtpPort { get; private set; }

    public string LogDir { get; private set; } = "";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value()
            {
                if (i + 1 >= args.Count)
                {
                    throw new ArgumentException($"{name} needs a value.");
                }

                return args[++i];
            }

            int Number(int min, int max)
            {
                var text = Value();
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
                {
                    throw new ArgumentException($"{name} needs a whole number between {min} and {max}, not '{text}'.");
                }

                return value;
            }

            switch (name)
            {
                case "--families": options.Families = Number(1, 100_000); break;
                case "--concurrency": options.Concurrency = Number(1, 1024); break;
                case "--seats": options.Seats = Number(0, 100_000); break;
                case "--slots": options.Slots = Number(1, 7); break;
                case "--instances": options.Instances = Number(1, 2); break;
                case "--duration-warmup": options.WarmupSeconds = Number(0, 600); break;
                case "--duration": options.PhaseSeconds = Number(1, 600); break;
                case "--pool-students": options.PoolStudents = Number(PoolFamily.WarmupValidations + 2, 200); break;
                case "--log-sql": options.LogSql = true; break;
                case "--database": options.Database = Value(); break;
                case "--admin-connection": options.AdminConnection = Value(); break;
                case "--web-project": options.WebProjectDir = Value(); break;
                case "--web-dll": options.WebDll = Value(); break;
                case "--smtp-port": options.SmtpPort = Number(1, 65535); break;
                case "--log-dir": options.LogDir = Value(); break;
                default: throw new ArgumentException($"Unknown argument {name}.");
            }
        }

        if (string.IsNullOrEmpty(options.AdminConnection) || string.IsNullOrEmpty(options.WebDll) || options.SmtpPort == 0)
        {
            throw new ArgumentException("Run the benchmark through bench/rush: it sets the PostgreSQL connection, the app's build and the SMTP catcher.");
        }

        return options;
    }

    public string AppConnection => $"{AdminConnection};Database={Database}";
}
