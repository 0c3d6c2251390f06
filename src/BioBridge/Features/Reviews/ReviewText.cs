namespace BioBridge.Features.Reviews;

/// <summary>Marker for the UI strings of calls, submissions and reviews in ReviewText.resx, ReviewText.ko.resx and ReviewText.zh-Hans.resx.</summary>
public sealed class ReviewText;
