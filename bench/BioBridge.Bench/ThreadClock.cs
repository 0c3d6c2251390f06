using System.Runtime.InteropServices;

namespace BioBridge.Bench;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): on a machine shared with other builds, wall time
/// measures the neighbours as much as the code; a thread's own CPU time does not (cache contention aside).
/// </summary>
static class ThreadClock
{
    const int ThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Milliseconds of CPU this thread has used; NaN where the clock is unavailable.</summary>
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ThreadCpuTime, out var time) != 0)
            return double.NaN;
        return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
    }
}
