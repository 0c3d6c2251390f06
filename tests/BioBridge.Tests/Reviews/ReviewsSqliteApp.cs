namespace BioBridge.Tests.Reviews;

public sealed class ReviewsSqliteApp() : ReviewsApp(Provider.Sqlite);
