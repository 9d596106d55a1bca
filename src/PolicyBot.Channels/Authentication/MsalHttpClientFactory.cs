using Microsoft.Identity.Client;

namespace PolicyBot.Channels.Authentication;

/// <summary>Hands MSAL the named authentication client from <see cref="IHttpClientFactory"/>, so handlers are pooled and configurable.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(AuthenticationHttpClient.Name);
}
