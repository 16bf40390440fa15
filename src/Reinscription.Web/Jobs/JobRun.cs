namespace Reinscription.Web.Jobs;

/// <summary>
/// The last day a daily job ran. Its row is locked while the job runs, so that of several app
/// instances one runs it and the others skip it (decision record 033).
/// </summary>
public class JobRun
{
    private JobRun()
    {
    }

    public string Name { get; private set; } = "";

    /// <summary>The Paris date of the last completed run.</summary>
    public DateOnly? LastRunOn { get; private set; }

    public DateTimeOffset? LastRunAt { get; private set; }

    public void Complete(DateOnly day, DateTimeOffset at)
    {
        LastRunOn = day;
        LastRunAt = at;
    }
}
