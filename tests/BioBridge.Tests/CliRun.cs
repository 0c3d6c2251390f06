namespace BioBridge.Tests;

public sealed record CliRun(int ExitCode, string Stdout, string Stderr);
