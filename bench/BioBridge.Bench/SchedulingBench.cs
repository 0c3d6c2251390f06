namespace BioBridge.Bench;

// Placeholder until this area's benchmark lands.
public static class SchedulingBench
{
    public static int Run(string[] args) => 2;
}
