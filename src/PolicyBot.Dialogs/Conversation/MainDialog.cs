using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Profile;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// The root dialog: fill the profile, list the measures that apply, then answer free questions in that context.
/// In the question phase a message with a correction marker that changes the profile ("不对，是惠州") updates it
/// and lists the measures again; a question about another city is answered for that city, then switching is offered.
/// </summary>
public sealed class MainDialog(
    DialogCatalog catalog,
    ProfileRecognizer recognizer,
    ProfileBuilder builder,
    MeasuresPresenter measures,
    AnswerPresenter answers,
    CityOffer cities) : IDialog
{
    public const string DialogId = "main";
    private const string PhaseKey = "phase";
    private const string Questions = "questions";

    public string Id => DialogId;

    public async Task<DialogTurnResult> BeginAsync(DialogContext dc, string? options, CancellationToken cancellationToken)
    {
        // Back after 取消 with a profile already known: treat the message as a question.
        if (dc.State.Listed && options is not null && IsComplete(dc))
        {
            dc.Active!.Set(PhaseKey, Questions);
            return await ContinueAsync(dc, cancellationToken);
        }

        return await dc.BeginDialogAsync(ProfileDialog.DialogId, options, cancellationToken);
    }

    public async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Turn.Text;
        if (catalog.CorrectionMarkers.Any(m => text.Contains(m, StringComparison.Ordinal)))
        {
            var (changed, notes) = builder.Apply(dc.State.Profile, recognizer.Recognize(text));
            if (changed)
            {
                dc.Turn.Say(string.Join("\n\n", notes.Prepend(dc.Turn.T(TemplateIds.CorrectionNoted, ("profile", builder.Describe(dc.State.Profile))))));
                return await RestartAsync(dc, cancellationToken);
            }
        }

        var other = cities.OtherCity(text, dc.State.Profile);
        answers.Answer(dc, text, other);
        if (other is not null) cities.Offer(dc, other);
        return DialogTurnResult.Waiting;
    }

    public Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        dc.Active!.Set(PhaseKey, Questions);
        dc.State.Listed = true;
        measures.Show(dc, 0);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Says the welcome, once per conversation.</summary>
    public static void Welcome(DialogContext dc)
    {
        if (dc.State.Welcomed) return;
        dc.State.Welcomed = true;
        dc.Turn.Say(dc.Turn.T(TemplateIds.Welcome));
    }

    /// <summary>
    /// Starts the guided part again from what is known: asks the next missing thing, or (the profile being complete)
    /// lists the measures for it. Used whenever the profile changes or a side question interrupted the questions.
    /// </summary>
    public static Task<DialogTurnResult> RestartAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.CancelAll();
        dc.State.Listed = false;
        return dc.BeginDialogAsync(DialogId, null, cancellationToken);
    }

    /// <summary>After a reply on the side (help, a greeting): asks again what was asked, or starts the guided questions when nothing is under way.</summary>
    public static Task CarryOnAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Active is null && !dc.State.Listed ? RestartAsync(dc, cancellationToken) : dc.RepromptAsync(cancellationToken);

    /// <summary>Shows the next page of the listing; false when there is nothing more.</summary>
    public bool ShowMore(DialogContext dc)
    {
        if (!dc.State.Listed || dc.Active?.Get(PhaseKey) != Questions) return false;
        if (dc.State.MeasuresShown == 0 || dc.State.MeasuresShown >= dc.State.MeasuresTotal) return false;
        measures.Show(dc, dc.State.MeasuresShown);
        return true;
    }

    private bool IsComplete(DialogContext dc) => catalog.Slots.Where(s => s.Required).All(s => dc.State.Profile.IsSettled(s.Id));
}
