using BioBridge.Features.Accounts;

namespace BioBridge.Features.Reviews;

public static class ReviewsFeature
{
    /// <summary>The use cases and queries of calls, submissions and reviews.</summary>
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<ReviewQueries>();
        services.AddScoped<CreateCall>();
        services.AddScoped<ITranslatableSubject, CallSubject>();
        services.AddScoped<ITranslatableSubject, CriterionSubject>();
        services.AddScoped<IPersonalRecords, ReviewPersonalRecords>();
        services.AddScoped<DraftSubmission>();
        services.AddScoped<SubmitSubmission>();
        services.AddScoped<AttachFile>();
        services.AddScoped<AssignReviewers>();
        services.AddScoped<ScoreReview>();
        services.AddScoped<DeclareConflict>();
        services.AddScoped<DecideSubmission>();
        services.AddScoped<SeedReviewsDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapReviews(this IEndpointRouteBuilder api) => api.MapReviewsApi();
}
