using BioBridge.Scheduling;

namespace BioBridge.Bench;

public static class SchedulingBench
{
    public static int Run(string[] args) =>
        args.FirstOrDefault() is "solve" or "check"
            ? ScheduleCommandLine.Run(args, Console.Out, Console.Error)
            : 2;
}
