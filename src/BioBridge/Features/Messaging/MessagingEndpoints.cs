using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BioBridge.Features.Messaging;

/// <summary>
/// Messages under /api/v1, for signed-in users only; a thread outside the caller's scope answers 404 (it is filtered
/// out of the query, not loaded and then checked). Broadcasting to an event needs the event-organizer policy.
/// </summary>
public static class MessagingEndpoints
{
    /// <summary>Room for the largest accepted message: five files of 10 MB and the text; a larger body is cut off by the server.</summary>
    public const long MaxRequestBytes = AttachmentRules.MaxFilesPerMessage * (long)AttachmentRules.MaxFileBytes + 1024 * 1024;

    public static IEndpointRouteBuilder MapMessagingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/threads").WithTags("Messaging").RequireAuthorization();
        api.MapGet("", InboxAsync).RequireAuthorization().WithName("ListThreads")
            .WithSummary("Your message threads, latest first, each with its unread count.");
        api.MapGet("/unread", UnreadAsync).RequireAuthorization().WithName("CountUnreadMessages")
            .WithSummary("How many messages of others you have not read, over all your threads.");
        api.MapPost("", OpenAsync).RequireAuthorization().WithName("OpenThread")
            .WithSummary("Finds or starts the thread of a meeting request (meetingRequestId) or of an expression of interest (interestId) you are a party of.");
        api.MapGet("/{id:int}", ThreadAsync).RequireAuthorization().WithName("GetThread")
            .WithSummary("A thread with its messages, oldest first; organizers read meeting-request threads too.");
        // Multipart without an antiforgery token: the sign-in cookie is SameSite=Lax, so no other site can post it here.
        api.MapPost("/{id:int}/messages", PostAsync).RequireAuthorization().DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes)).WithName("PostMessage")
            .WithSummary("Writes in a thread: form field 'body' (plain text) and up to 5 'files' (pdf, png, jpg, docx, xlsx, pptx; 10 MB each, type checked by content).");
        api.MapPost("/{id:int}/read", ReadAsync).RequireAuthorization().WithName("MarkThreadRead")
            .WithSummary("Marks a thread read up to its latest message.");
        api.MapGet("/{id:int}/attachments/{attachmentId:int}", DownloadAsync).RequireAuthorization().WithName("DownloadMessageAttachment")
            .WithSummary("Downloads a file of a message in a thread you may read.");

        app.MapPost("/events/{slug}/broadcasts", BroadcastAsync).WithTags("Messaging").RequireAuthorization(Policies.EventOrganizer)
            .WithName("BroadcastToEvent").WithSummary("Organizers write to every participant of the event: in their inbox and by e-mail.");
        return app;
    }

    static async Task<Ok<IReadOnlyList<ThreadItem>>> InboxAsync(MessagingReader actor, MessagingQueries queries, CancellationToken ct,
        string? lang = null) =>
        TypedResults.Ok(await queries.InboxAsync(actor, UiLanguage.Requested(lang), ct));

    static async Task<Ok<UnreadCount>> UnreadAsync(MessagingReader actor, MessagingQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.UnreadAsync(actor, ct));

    static async Task<Results<Ok<ThreadView>, ValidationProblem, ProblemHttpResult>> OpenAsync(OpenThreadBody body, MessagingReader actor,
        OpenThread open, MessagingQueries queries, CancellationToken ct)
    {
        Outcome<int> opened = (body.MeetingRequestId, body.InterestId) switch
        {
            ({ } request, null) => await open.ForMeetingRequestAsync(actor, request, ct),
            (null, { } interest) => await open.ForInterestAsync(actor, interest, ct),
            _ => Outcome.Invalid("meetingRequestId", MessagingText.Say("Give either meetingRequestId or interestId.")),
        };
        return await opened.ToResultAsync(async threadId => TypedResults.Ok((await queries.ThreadAsync(actor, threadId, UiLanguage.Current, ct))!));
    }

    static async Task<Results<Ok<ThreadView>, NotFound>> ThreadAsync(int id, MessagingReader actor, MessagingQueries queries, CancellationToken ct,
        string? lang = null) =>
        await queries.ThreadAsync(actor, id, UiLanguage.Requested(lang), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    static async Task<Results<Created<PostedMessage>, ValidationProblem, ProblemHttpResult>> PostAsync(int id, [FromForm] string? body,
        IFormFileCollection? files, MessagingReader actor, PostMessage post, CancellationToken ct)
    {
        var result = await post.HandleAsync(actor, id, body, Incoming(files), ct);
        if (result.Refused is { } refused)
            return refused.TooLarge
                ? TypedResults.Problem(refused.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: MessagingText.Say("File too large"))
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = [refused.Message] });
        return result.Outcome.ToResult(() => TypedResults.Created($"/api/v1/threads/{id}", new PostedMessage(result.MessageId, id)));
    }

    /// <summary>The files of a form post, as the use case takes them (pages and API alike).</summary>
    public static IReadOnlyList<IncomingFile> Incoming(IFormFileCollection? files) =>
        (files ?? new FormFileCollection()).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))
        .Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReadAsync(int id, MessagingReader actor, MarkThreadRead read,
        CancellationToken ct) =>
        (await read.HandleAsync(actor, id, ct)).ToResult(TypedResults.NoContent);

    static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(int id, int attachmentId, MessagingReader actor,
        MessagingQueries queries, CancellationToken ct) =>
        await queries.AttachmentAsync(actor, id, attachmentId, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    static async Task<Results<Created<BroadcastResult>, ValidationProblem, ProblemHttpResult>> BroadcastAsync(NamedEvent named, BroadcastInput body,
        MessagingReader actor, BroadcastToEvent broadcast, CancellationToken ct) =>
        (await broadcast.HandleAsync(actor, named, body, ct)).ToResult(result => TypedResults.Created($"/api/v1/threads/{result.ThreadId}", result));
}
