using PolicyBot.Channels.Hosting;
using PolicyBot.Web.Bots;
using PolicyBot.Web.DirectLine;
using PolicyBot.Web.Http;
using PolicyBot.Web.Messages;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddEdge(builder.Configuration);
builder.Services.AddPolicyBotChannels(builder.Configuration);
builder.Services.AddBot(builder.Configuration);
builder.Services.AddBotMessages();
builder.Services.AddDirectLine();

var app = builder.Build();

app.UseServiceErrors();
app.UseEdge();
app.UseWebChatPage();
app.UseWebSockets();
app.UseRateLimiter();
app.MapBotMessages();
app.MapDirectLine();

app.Run();

/// <summary>The web host's entry point; partial so tests can use <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
