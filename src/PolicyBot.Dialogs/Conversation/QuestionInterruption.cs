using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Profile;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// A question asked before the profile is complete: answers it with what is known, then the guided questions carry on.
/// What the question says about the company ("湛江的小厂，房租能减免吗") is kept and said back; a lookup says nothing
/// about the company; a city, once the profile has one or the owner declined to say, is offered after the answer
/// instead of taken.
/// </summary>
public sealed class QuestionInterruption(
    ProfileRecognizer recognizer,
    ProfileBuilder builder,
    AnswerPresenter answers,
    QuestionDetector questions,
    CityOffer cities)
{
    private const string CitySlot = "city";

    public async Task HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var profile = dc.State.Profile;
        var update = questions.IsLookup(turn.Text) ? ProfileUpdate.Nothing : recognizer.Recognize(turn.Text);
        // The city is taken from a question only while the city question is still open; once known or declined, it is offered.
        var other = profile.IsSettled(CitySlot) ? cities.OtherCity(turn.Text, profile) : null;
        var (changed, notes) = builder.Apply(profile, other is null ? update : update with { Place = null });
        answers.Answer(dc, turn.Text, other);
        if (changed) turn.Say(string.Join("\n\n", notes.Prepend(turn.T(TemplateIds.ProfileNoted, ("profile", builder.Describe(profile))))));

        if (other is null)
        {
            await MainDialog.RestartAsync(dc, cancellationToken);
            return;
        }

        // The offer is the one question of this turn; after 是 or 否 the guided questions start again from what is known.
        dc.CancelAll();
        cities.Offer(dc, other);
    }
}
