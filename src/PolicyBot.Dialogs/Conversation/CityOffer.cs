using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Profile;
using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// A city named in a question belongs to the question, not to the profile: the answer is for that city, then the bot
/// asks whether to switch ("要把城市改成鄂州吗？" 是/否) and switches only on 是. A lookup ("鄂州第二十五条") names a
/// document, never the company's city, so it offers nothing.
/// </summary>
public sealed class CityOffer(DialogCatalog catalog, ProfileRecognizer recognizer, ProfileBuilder builder, QuestionDetector questions)
{
    /// <summary>The place a question names when its city is not the profile's; null for lookups and for the profile's own city.</summary>
    public Place? OtherCity(string text, ProfileState profile) =>
        !questions.IsLookup(text) && recognizer.PlaceIn(text) is { } place && (place.City ?? place.Name) != profile.City ? place : null;

    /// <summary>Asks whether to switch to the place; the next message may accept it (<see cref="SettleAsync"/>).</summary>
    public void Offer(DialogContext dc, Place place)
    {
        dc.State.OfferedCity = place;
        dc.Turn.Ask(dc.Turn.T(TemplateIds.CityOffer, ("city", place.Describe())), [catalog.Confirm.Yes[0], catalog.Confirm.No[0]]);
    }

    /// <summary>
    /// 是 switches the city, says so and starts the guided part again (the missing questions, or the listing for the new
    /// city); 否 keeps the profile, says so and carries on with whatever was under way.
    /// </summary>
    public Task SettleAsync(DialogContext dc, Place place, bool accepted, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var profile = dc.State.Profile;
        if (!accepted)
        {
            turn.Say(turn.T(TemplateIds.CityKept, ("profile", builder.Describe(profile))));
            return MainDialog.CarryOnAsync(dc, cancellationToken);
        }

        var (_, notes) = builder.Apply(profile, ProfileUpdate.Nothing with { Place = place });
        var noted = turn.T(dc.State.Listed ? TemplateIds.CorrectionNoted : TemplateIds.ProfileNoted, ("profile", builder.Describe(profile)));
        turn.Say(string.Join("\n\n", notes.Prepend(noted)));
        return MainDialog.RestartAsync(dc, cancellationToken);
    }
}
