using System.Net;
using System.Net.Http.Json;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace BioBridge.Tests;

/// <summary>A clock that tests move by hand; it only goes forward.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Set(DateTimeOffset to)
    {
        to.ShouldBeGreaterThanOrEqualTo(now, "the test clock only goes forward");
        now = to;
    }
}
