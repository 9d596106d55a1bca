using PolicyBot.Channels;
using PolicyBot.Schema;

namespace PolicyBot.Web.Http;

/// <summary>
/// The answer to an exception no handler caught — a fault of the service, not of a turn (the dialogs own those):
/// 500 with the protocol's JSON error body and nothing of the exception. The exception itself is logged by ASP.NET.
/// </summary>
public static class ServiceErrorExtensions
{
    /// <summary>Adds the handler; call it first so it covers every later middleware.</summary>
    public static WebApplication UseServiceErrors(this WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return context.Response.WriteAsJsonAsync(
                ErrorResponse.Of("ServiceError", "The service failed to handle the request."), ProtocolJson.Options);
        }));
        return app;
    }
}
