using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Demo;
using BioBridge.Features.Directory;
using BioBridge.Features.Operations;
using BioBridge.Shared.Resources;
using BioBridge.Scheduling;
using Spectre.Console;

namespace BioBridge.Shared;

/// <summary>Reports on the calling thread, so a console bar redraws in order.</summary>
sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
