using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Features.Reviews;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests.Reviews;

public sealed class ReviewsApiOnSqlite(ReviewsSqliteApp app) : ReviewsApiTests<ReviewsSqliteApp>(app);
