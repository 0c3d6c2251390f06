using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Publishing;

/// <summary>
/// The circuit breaker of each translation service on this node: after BreakerFailures consecutive retry-later
/// failures it stops calling the service for BreakerSeconds, then lets one job through (half-open); an answer closes
/// it, another retry-later failure opens it again. Any answer but retry-later shows the service is up.
/// </summary>
public sealed class TranslationBreaker(IOptions<MachineTranslationOptions> options, TimeProvider clock)
{
    sealed class Circuit
    {
        public int Failures;
        public DateTime? OpenedAt;
    }

    readonly ConcurrentDictionary<string, Circuit> circuits = new();

    public BreakerState StateOf(string service)
    {
        var circuit = circuits.GetOrAdd(service, _ => new Circuit());
        lock (circuit)
            return circuit.OpenedAt is not { } opened ? BreakerState.Closed
                : clock.GetUtcNow().UtcDateTime < opened.AddSeconds(options.Value.BreakerSeconds) ? BreakerState.Open
                : BreakerState.HalfOpen;
    }

    public void Answered(string service)
    {
        var circuit = circuits.GetOrAdd(service, _ => new Circuit());
        lock (circuit)
            (circuit.Failures, circuit.OpenedAt) = (0, null);
    }

    public void Failed(string service)
    {
        var circuit = circuits.GetOrAdd(service, _ => new Circuit());
        lock (circuit)
            if (++circuit.Failures >= options.Value.BreakerFailures)
                circuit.OpenedAt = clock.GetUtcNow().UtcDateTime;
    }
}
