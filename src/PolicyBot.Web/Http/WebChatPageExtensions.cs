namespace PolicyBot.Web.Http;

/// <summary>Serves the embedded Web Chat page (<c>wwwroot/index.html</c>), and its locally fetched bundle.</summary>
public static class WebChatPageExtensions
{
    /// <summary>Maps <c>/</c> to index.html and serves wwwroot, including <c>/lib/webchat.js</c>.</summary>
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
