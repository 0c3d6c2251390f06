namespace BioBridge.Tests.Reviews;

public sealed class ReviewsPostgresApp() : ReviewsApp(Provider.Postgres);
