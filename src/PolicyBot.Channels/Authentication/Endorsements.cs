using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using static PolicyBot.Channels.Authentication.AuthenticationConstants;

namespace PolicyBot.Channels.Authentication;

/// <summary>Reads the <c>endorsements</c> array the Bot Framework adds to each of its JSON Web Keys: the channels a key may speak for.</summary>
internal static class Endorsements
{
    /// <summary>The channels endorsed by the key <paramref name="kid"/>; empty if the key or its endorsements are missing.</summary>
    public static IReadOnlySet<string> Of(OpenIdConnectConfiguration configuration, string kid)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue(EndorsementsProperty, out var value))
        {
            return new HashSet<string>();
        }
        return new HashSet<string>(Read(value), StringComparer.Ordinal);
    }

    // The JSON reader of IdentityModel has stored extra properties as JsonElement, as lists of objects and as strings
    // across versions; accept each shape.
    private static IEnumerable<string> Read(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        string single => [single],
        IEnumerable items => items.Cast<object?>().Select(item => item?.ToString()).OfType<string>(),
        _ => [],
    };
}
