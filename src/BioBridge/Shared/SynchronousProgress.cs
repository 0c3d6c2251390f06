namespace BioBridge.Shared;

/// <summary>Reports on the calling thread, so a console bar redraws in order.</summary>
sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
