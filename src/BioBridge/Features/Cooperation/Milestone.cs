namespace BioBridge.Features.Cooperation;

public sealed class Milestone
{
    public int Id { get; private set; }
    public int ProjectId { get; set; }
    public required string Title { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? ReachedOn { get; set; }
}
