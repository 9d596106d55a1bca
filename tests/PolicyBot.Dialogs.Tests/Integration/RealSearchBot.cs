using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Hosting;
using PolicyBot.Dialogs.Tests.Fakes;
using PolicyBot.Schema;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Tests.Integration;

/// <summary>The real searcher over a temporary index, built once for the class, and the dialogs over it.</summary>
public sealed class RealSearchBot : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"pb-dlg-{Guid.NewGuid():N}");
    private readonly PolicySearcher _search;

    public RealSearchBot()
    {
        var clock = new FixedClock();
        _search = PolicySearcher.Open(new SearchOptions { KnowledgePath = RepoPaths.Knowledge, DataPath = _data }, clock);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IPolicySearch>(_search);
        services.AddSingleton(_search.Knowledge.Regions);
        services.AddPolicyBotDialogs(o =>
        {
            o.DialogsFolder = RepoPaths.Dialogs;
            o.KnowledgeFolder = RepoPaths.Knowledge;
        });
        Bot = services.BuildServiceProvider().GetRequiredService<IBot>();
    }

    public IBot Bot { get; }

    public void Dispose()
    {
        _search.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
