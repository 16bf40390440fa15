using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Reinscription.Web.Documents;

/// <summary>
/// What reading one PDF may cost (decision record 010). PdfPig cannot be interrupted, so the budget is
/// checked wherever PdfPig calls back into code of ours: before and while every stream is decoded
/// (<see cref="BudgetedFilterProvider"/>), between pages and between the objects of the active-content
/// walk. Once spent it stays spent: in lenient mode PdfPig swallows some exceptions and carries on, so
/// every later checkpoint throws again and the inspection looks at <see cref="IsSpent"/> before it accepts.
/// </summary>
internal sealed class InspectionBudget(TimeSpan time)
{
    /// <summary>
    /// Processor time of the inspecting thread, not time on the clock: during the rush the thread waits
    /// for a core, and that wait says nothing of the file. An ordinary document takes 5 to 50 ms, a
    /// 36-page manual 250 ms.
    /// </summary>
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Bytes allocated by the inspecting thread: an upper bound of the memory it holds. A 36-page manual
    /// allocates 40 MiB; what PdfPig builds from a page is about 130 times the page's decoded content.
    /// </summary>
    public const long AllocatedBytes = 256L * 1024 * 1024;

    /// <summary>All the streams of the document, decoded, together.</summary>
    public const long DecodedBytes = 16L * 1024 * 1024;

    /// <summary>
    /// One stream other than a font program. A page's content runs operator by operator inside PdfPig,
    /// with no checkpoint until the page ends; 1 MiB of text operators took half a second and 130 MiB,
    /// which bounds how far past the budget that last stretch can go. A dense text page decodes to
    /// 50 KiB. Font programs are read piecemeal, on demand, and may use the rest of <see cref="DecodedBytes"/>.
    /// </summary>
    public const long StreamBytes = 1024L * 1024;

    /// <summary>Counting calls <see cref="Charge"/> often; the clock and the allocation counter are read every 64 KiB.</summary>
    private const long CheckpointEvery = 64 * 1024;

    private readonly TimeSpan _started = ThreadTime();
    private readonly long _allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    private long _decoded;

    public InspectionBudget()
        : this(Time)
    {
    }

    public bool IsSpent { get; private set; }

    /// <summary>Throws once the time or the memory is used up, or was before.</summary>
    public void Checkpoint()
    {
        if (IsSpent
            || ThreadTime() - _started > time
            || GC.GetAllocatedBytesForCurrentThread() - _allocatedBefore > AllocatedBytes)
        {
            throw Spend();
        }
    }

    /// <summary>
    /// Called as a stream's decoded length is counted, before PdfPig decodes it for real: refuses the
    /// stream once <paramref name="streamSoFar"/> exceeds what one stream may hold.
    /// </summary>
    public void Charge(long bytes, long streamSoFar, long streamLimit)
    {
        var before = _decoded;
        _decoded += bytes;
        if (streamSoFar > streamLimit || _decoded > DecodedBytes)
        {
            throw Spend();
        }

        if (before / CheckpointEvery != _decoded / CheckpointEvery)
        {
            Checkpoint();
        }
    }

    /// <summary>The current thread's processor time on Linux, where the app runs; elapsed time elsewhere.</summary>
    private static TimeSpan ThreadTime()
    {
        const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID
        return OperatingSystem.IsLinux() && NativeMethods.ClockGetTime(ThreadCpuTimeClock, out var time) == 0
            ? TimeSpan.FromSeconds(time.Seconds) + TimeSpan.FromTicks(time.Nanoseconds / 100)
            : Stopwatch.GetElapsedTime(0);
    }

    private InspectionBudgetExceededException Spend()
    {
        IsSpent = true;
        return new InspectionBudgetExceededException();
    }
}

/// <summary>Thrown out of PdfPig's calls into <see cref="InspectionBudget"/>; the inspection refuses the file.</summary>
internal sealed class InspectionBudgetExceededException : Exception
{
    public InspectionBudgetExceededException()
        : base("The PDF needs more time or memory to read than its inspection may spend.")
    {
    }
}

internal static class NativeMethods
{
    [StructLayout(LayoutKind.Sequential)]
    internal struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static extern int ClockGetTime(int clock, out TimeSpec time);
}
