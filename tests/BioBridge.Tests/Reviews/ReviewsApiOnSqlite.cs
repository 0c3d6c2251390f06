namespace BioBridge.Tests.Reviews;

public sealed class ReviewsApiOnSqlite(ReviewsSqliteApp app) : ReviewsApiTests<ReviewsSqliteApp>(app);
