using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BioBridge.Shared;

/// <summary>
/// An outcome that carries the use case's value when it succeeds (Outcome.Success); a failure converts to it implicitly,
/// so a use case returns Outcome.NotFound(...) as it would without a value. Verdict is the outcome without the value.
/// </summary>
public sealed record Outcome<T>(Outcome Verdict, T? Value)
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Verdict.Succeeded;

    public string Message => Verdict.Message;

    public static implicit operator Outcome<T>(Outcome failure) => failure.Succeeded
        ? throw new InvalidOperationException("a success carries its value: Outcome.Success(value)")
        : new Outcome<T>(failure, default);

    public Results<TOk, ValidationProblem, ProblemHttpResult> ToResult<TOk>(Func<T, TOk> ok) where TOk : IResult =>
        Verdict.ToResult(() => ok(Value!));

    public async Task<Results<TOk, ValidationProblem, ProblemHttpResult>> ToResultAsync<TOk>(Func<T, Task<TOk>> ok) where TOk : IResult =>
        Succeeded ? await ok(Value) : Verdict.Failure<TOk>();
}
