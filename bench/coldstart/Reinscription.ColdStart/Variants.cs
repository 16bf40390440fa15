namespace Reinscription.ColdStart;

/// <summary>One way of starting the app: which build, which runtime settings.</summary>
public sealed record Variant(string Name, string AppDir, IReadOnlyDictionary<string, string> Variables);

public static class Variants
{
    /// <summary>The variants bench/coldstart/run knows, by the name given to --variants.</summary>
    public static readonly IReadOnlyDictionary<string, string> Described = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["jit"] = "the Release build, runtime defaults (tiered compilation, dynamic PGO, Server GC)",
        ["jit-warmup"] = "the Release build with the app's warm-up before /health (WarmUp__Enabled=true)",
        ["r2r"] = "the ReadyToRun publish (scripts/publish), runtime defaults",
        ["r2r-warmup"] = "the ReadyToRun publish with the app's warm-up",
        ["r2r-nodelay"] = "the ReadyToRun publish, DOTNET_TC_CallCountingDelayMs=0 (tier-up not postponed by new methods)",
        ["tc-off"] = "the Release build, DOTNET_TieredCompilation=0 (everything compiled fully optimised at once)",
        ["pgo-off"] = "the Release build, DOTNET_TieredPGO=0 (no instrumented tier)",
        ["r2r-pgo-off"] = "the ReadyToRun publish, DOTNET_TieredPGO=0",
        ["r2r-quick"] = "the ReadyToRun publish, DOTNET_TieredPGO=0 and DOTNET_TC_CallCountingDelayMs=0 (hot methods straight to the optimised tier, at once)",
        ["r2r-quickjit-off"] = "the ReadyToRun publish, DOTNET_TC_QuickJit=0 (code not precompiled is compiled optimised at its first call, no unoptimised tier)",
        ["r2r-tc-off"] = "the ReadyToRun publish, DOTNET_TieredCompilation=0 (precompiled code kept, the rest compiled fully optimised at once)",
        ["r2r-wks"] = "the ReadyToRun publish, workstation GC (DOTNET_gcServer=0)",
        ["jit-wks"] = "the Release build, workstation GC (DOTNET_gcServer=0)",
    };

    public static Variant Named(string name, string buildDir, string r2rDir)
    {
        string R2r() => string.IsNullOrEmpty(r2rDir) ? throw new ArgumentException("--r2r-dir is required for " + name) : r2rDir;
        return name switch
        {
            "jit" => new(name, buildDir, new Dictionary<string, string>()),
            "r2r" => new(name, R2r(), new Dictionary<string, string>()),
            "jit-warmup" => new(name, buildDir, new Dictionary<string, string> { ["WarmUp__Enabled"] = "true" }),
            "r2r-warmup" => new(name, R2r(), new Dictionary<string, string> { ["WarmUp__Enabled"] = "true" }),
            "r2r-nodelay" => new(name, R2r(), new Dictionary<string, string> { ["DOTNET_TC_CallCountingDelayMs"] = "0" }),
            "tc-off" => new(name, buildDir, new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0" }),
            "pgo-off" => new(name, buildDir, new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" }),
            "r2r-pgo-off" => new(name, R2r(), new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" }),
            "r2r-quick" => new(name, R2r(), new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0", ["DOTNET_TC_CallCountingDelayMs"] = "0" }),
            "r2r-quickjit-off" => new(name, R2r(), new Dictionary<string, string> { ["DOTNET_TC_QuickJit"] = "0" }),
            "r2r-tc-off" => new(name, R2r(), new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0" }),
            "r2r-wks" => new(name, R2r(), new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" }),
            "jit-wks" => new(name, buildDir, new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" }),
            _ => throw new ArgumentException($"unknown variant {name}; known: {string.Join(", ", Described.Keys)}"),
        };
    }
}
