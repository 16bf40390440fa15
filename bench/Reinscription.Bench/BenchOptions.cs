using System.Globalization;

namespace Reinscription.Bench;

/// <summary>The command line of bench/rush; the defaults are the opening scenario ("ouverture") of issue 17.</summary>
public sealed class BenchOptions
{
    public const string Usage = """
        bench/rush [--families N] [--rate N/min] [--poisson] [--signin-rate N] [--seats S] [--slots K]
                   [--instances 1|2] [--kill-one-at S] [--restart-db-at S] [--find-capacity] [--strict]
                   [--duration-warmup S] [--duration S] [--concurrency C] [--pool-students M] [--log-sql]
          --families N          families of the opening, one student each, all signed in before it (default 2000)
          --rate N              opening arrivals per minute (default: all families within the first 60 s)
          --poisson             arrivals as a Poisson process of that mean rate (default: evenly spaced)
          --signin-rate N       sign-ins per second in the sign-in phase before the opening (default 20)
          --seats S             contested FM seats, over all slots (default 100; --find-capacity: one per family)
          --slots K             next year's FM slots the parents choose from (default 4)
          --instances 1|2       1: the app alone; 2: two app processes behind nginx (deploy/nginx.conf, TLS)
          --kill-one-at S       with --instances 2: SIGKILL the second app process S seconds into the opening
          --restart-db-at S     restart PostgreSQL (stop, 3 s, start) S seconds into the opening (own cluster)
          --find-capacity       find the highest arrival rate holding p99 < 250 ms on every page, against the
                                machine's limit (CPU-seconds per journey); skips the throughput phases
          --step-seconds S      arrivals per capacity step (default 20); --capacity-steps N (default 6)
          --strict              a p99 above its target also fails the run (exit 1)
          --duration-warmup S   warm-up before any measure, until the JIT has tiered up (default 30)
          --duration S          each closed-loop throughput phase: Fortunes, step 4, validation (default 10; 0 skips them)
          --concurrency C       clients of the warm-up and throughput phases (default 64)
          --pool-students M     students of each throughput-phase family (default 48)
          --log-sql             log EF Core's SQL into the app logs (.data/bench/app-*.log), to profile
        """;

    public int Families { get; private set; } = 2000;

    public double? RatePerMinute { get; private set; }

    public bool Poisson { get; private set; }

    public double SignInPerSecond { get; private set; } = 20;

    private int? seats;

    public int Seats => seats ?? (FindCapacity ? Families : 100);

    public int Slots { get; private set; } = 4;

    public int Instances { get; private set; } = 1;

    public int? KillOneAt { get; private set; }

    public int? RestartDbAt { get; private set; }

    public bool FindCapacity { get; private set; }

    public int StepSeconds { get; private set; } = 20;

    public int CapacitySteps { get; private set; } = 6;

    public bool Strict { get; private set; }

    public int Concurrency { get; private set; } = 64;

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

    public string RepositoryRoot { get; private set; } = "";

    public string NginxBin { get; private set; } = "/usr/sbin/nginx";

    /// <summary>Written by bench/rush for --restart-db-at: stops the benchmark's own cluster, waits, starts it.</summary>
    public string DbRestartScript { get; private set; } = "";

    /// <summary>Opening arrivals per second: the given rate, or every family within the first minute.</summary>
    public double OpeningPerSecond => (RatePerMinute ?? Families) / 60.0;

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

            double Rate()
            {
                var text = Value();
                var number = text.EndsWith("/min", StringComparison.Ordinal) ? text[..^4] : text;
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > 1_000_000)
                {
                    throw new ArgumentException($"{name} needs a positive rate, not '{text}'.");
                }

                return value;
            }

            switch (name)
            {
                case "--families": options.Families = Number(1, 60_000); break;
                case "--rate": options.RatePerMinute = Rate(); break;
                case "--poisson": options.Poisson = true; break;
                case "--signin-rate": options.SignInPerSecond = Rate(); break;
                case "--seats": options.seats = Number(0, 100_000); break;
                case "--slots": options.Slots = Number(1, 7); break;
                case "--instances": options.Instances = Number(1, 2); break;
                case "--kill-one-at": options.KillOneAt = Number(0, 3600); break;
                case "--restart-db-at": options.RestartDbAt = Number(0, 3600); break;
                case "--find-capacity": options.FindCapacity = true; break;
                case "--step-seconds": options.StepSeconds = Number(5, 600); break;
                case "--capacity-steps": options.CapacitySteps = Number(2, 20); break;
                case "--strict": options.Strict = true; break;
                case "--concurrency": options.Concurrency = Number(1, 1024); break;
                case "--duration-warmup": options.WarmupSeconds = Number(0, 600); break;
                case "--duration": options.PhaseSeconds = Number(0, 600); break;
                case "--pool-students": options.PoolStudents = Number(PoolFamily.WarmupValidations + 2, 200); break;
                case "--log-sql": options.LogSql = true; break;
                case "--database": options.Database = Value(); break;
                case "--admin-connection": options.AdminConnection = Value(); break;
                case "--web-project": options.WebProjectDir = Value(); break;
                case "--web-dll": options.WebDll = Value(); break;
                case "--smtp-port": options.SmtpPort = Number(1, 65535); break;
                case "--log-dir": options.LogDir = Value(); break;
                case "--repository-root": options.RepositoryRoot = Value(); break;
                case "--nginx-bin": options.NginxBin = Value(); break;
                case "--db-restart-script": options.DbRestartScript = Value(); break;
                default: throw new ArgumentException($"Unknown argument {name}.");
            }
        }

        if (string.IsNullOrEmpty(options.AdminConnection) || string.IsNullOrEmpty(options.WebDll) || options.SmtpPort == 0)
        {
            throw new ArgumentException("Run the benchmark through bench/rush: it sets the PostgreSQL connection, the app's build and the SMTP catcher.");
        }

        if (options.KillOneAt is not null && options.Instances != 2)
        {
            throw new ArgumentException("--kill-one-at needs --instances 2: nginx sends the rest to the survivor.");
        }

        if (options.RestartDbAt is not null && string.IsNullOrEmpty(options.DbRestartScript))
        {
            throw new ArgumentException("--restart-db-at runs through bench/rush, which starts the benchmark's own PostgreSQL cluster.");
        }

        if (options.FindCapacity && (options.KillOneAt ?? options.RestartDbAt) is not null)
        {
            throw new ArgumentException("--find-capacity measures a healthy app: no fault with it.");
        }

        return options;
    }

    public string AppConnection => $"{AdminConnection};Database={Database}";
}
