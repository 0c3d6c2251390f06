// Benchmarks and side-by-side runs. Each area owns one entry class; results go to docs/benchmarks.md.
using BioBridge.Bench;

return args.FirstOrDefault() switch
{
    "schedule" => SchedulingBench.Run(args[1..]),
    "discovery" => DiscoveryBench.Run(args[1..]),
    "organizations" => OrganizationFileBench.Run(args[1..]),
    "load" => LoadBench.Run(args[1..]),
    "cooperation" => CooperationBench.Run(args[1..]),
    "reading" => ReadingBench.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: BioBridge.Bench schedule|discovery|organizations|load|cooperation|reading [options]");
    return 2;
}
