namespace BioBridge.Features.Reviews;

/// <summary>The kinds as the API and URLs spell them: award, joint-rd.</summary>
public static class CallKinds
{
    public static string Code(CallKind kind) => kind == CallKind.JointRd ? "joint-rd" : "award";

    public static CallKind? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "award" => CallKind.Award,
        "joint-rd" => CallKind.JointRd,
        _ => null,
    };
}
