namespace BioBridge.Features.Reviews;

public sealed class ReviewScore
{
    public int ReviewId { get; set; }
    public int CriterionId { get; set; }
    public int Value { get; set; }
    public string? Comment { get; set; }
}
