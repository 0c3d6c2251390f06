namespace BioBridge.Scheduling;

public sealed class LocationSpec
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
}
