namespace BioBridge.Features.Demo;

/// <summary>The demo data a first start loads into an empty database.</summary>
public static class DemoFeature
{
    public static IServiceCollection AddDemo(this IServiceCollection services) => services.AddScoped<SeedDemo>();
}
