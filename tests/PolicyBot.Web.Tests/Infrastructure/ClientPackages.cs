namespace PolicyBot.Web.Tests.Infrastructure;

/// <summary>Installs the Node clients' packages (npm ci) when node_modules is missing or older than the lock file.</summary>
internal static class ClientPackages
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureInstalledAsync(string directory)
    {
        await Gate.WaitAsync();
        try
        {
            // npm writes node_modules/.package-lock.json on install; missing or older than the lock file means install again.
            var installed = new FileInfo(Path.Combine(directory, "node_modules", ".package-lock.json"));
            var locked = new FileInfo(Path.Combine(directory, "package-lock.json"));
            if (installed.Exists && installed.LastWriteTimeUtc >= locked.LastWriteTimeUtc) return;
            var (exit, output) = await ExternalProcess.RunAsync("npm", "ci --no-audit --no-fund", directory, TimeSpan.FromMinutes(5));
            Assert.True(exit == 0, "npm ci failed:\n" + output);
        }
        finally
        {
            Gate.Release();
        }
    }
}
