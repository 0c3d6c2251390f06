namespace BioBridge.Tests.Reviews;

public sealed class ReviewsApiOnPostgres(ReviewsPostgresApp app) : ReviewsApiTests<ReviewsPostgresApp>(app);
