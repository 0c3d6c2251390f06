using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BioBridge.Shared;

/// <summary>
/// What a use case answers when the failure is expected (bad input, not yours, already answered):
/// a value the endpoint maps to a typed result and the page to a field message, never an exception. Its messages are
/// read by people: each is a sentence of the feature's resx in the reader's language (<c>XText.Say(...)</c>, see
/// <see cref="Sentence"/>), never an English literal (LocalizedMessageTests); the keys of the errors are field names.
/// </summary>
public sealed record Outcome(OutcomeKind Kind, IReadOnlyDictionary<string, string[]> Errors)
{
    public static readonly Outcome Ok = new(OutcomeKind.Ok, new Dictionary<string, string[]>());

    public bool Succeeded => Kind == OutcomeKind.Ok;

    public static Outcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(OutcomeKind.Invalid, errors);
    public static Outcome Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
    public static Outcome NotFound(string message) => new(OutcomeKind.NotFound, new Dictionary<string, string[]> { [""] = [message] });
    public static Outcome Forbidden(string message) => new(OutcomeKind.Forbidden, new Dictionary<string, string[]> { [""] = [message] });
    public static Outcome Conflict(string message) => new(OutcomeKind.Conflict, new Dictionary<string, string[]> { [""] = [message] });
    /// <summary>A service the use case depends on cannot answer now (503): the message says whether waiting helps.</summary>
    public static Outcome Unavailable(string message) => new(OutcomeKind.Unavailable, new Dictionary<string, string[]> { [""] = [message] });
    /// <summary>An upload over its size limit: 413, so a client knows that resending the same file cannot succeed.</summary>
    public static Outcome TooLarge(string field, string message) => new(OutcomeKind.TooLarge, new Dictionary<string, string[]> { [field] = [message] });

    public string Message => string.Join(" ", Errors.SelectMany(e => e.Value));

    public static Outcome<T> Success<T>(T value) => new(Ok, value);

    /// <summary>
    /// The one mapping of outcomes to HTTP (RFC 9457 problem details): the success answer, 400 with the fields' errors,
    /// or the problem of its kind; typed, so the OpenAPI document describes both.
    /// </summary>
    public Results<TOk, ValidationProblem, ProblemHttpResult> ToResult<TOk>(Func<TOk> ok) where TOk : IResult =>
        Succeeded ? ok() : Failure<TOk>();

    public async Task<Results<TOk, ValidationProblem, ProblemHttpResult>> ToResultAsync<TOk>(Func<Task<TOk>> ok) where TOk : IResult =>
        Succeeded ? await ok() : Failure<TOk>();

    public Results<TOk, ValidationProblem, ProblemHttpResult> Failure<TOk>() where TOk : IResult =>
        Kind == OutcomeKind.Invalid ? TypedResults.ValidationProblem(Errors) : Problem();

    /// <summary>
    /// The problem of a failure other than invalid input (404, 403, 409, 413, 503), titled in the reader's language
    /// (a problem result is written as it is, past the problem details service that localizes the others' titles).
    /// </summary>
    public ProblemHttpResult Problem() => Kind switch
    {
        OutcomeKind.NotFound => TypedResults.Problem(Message, statusCode: StatusCodes.Status404NotFound, title: Text.Say("Not found")),
        OutcomeKind.Forbidden => TypedResults.Problem(Message, statusCode: StatusCodes.Status403Forbidden, title: Text.Say("Forbidden")),
        OutcomeKind.Conflict => TypedResults.Problem(Message, statusCode: StatusCodes.Status409Conflict, title: Text.Say("Conflict")),
        OutcomeKind.Unavailable => TypedResults.Problem(Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: Text.Say("Service Unavailable")),
        OutcomeKind.TooLarge => TypedResults.Problem(new HttpValidationProblemDetails(Errors)
        {
            Status = StatusCodes.Status413PayloadTooLarge, Title = Text.Say("Too large"), Detail = Message,
        }),
        _ => throw new InvalidOperationException("a successful or invalid outcome is no problem of its kind"),
    };
}
