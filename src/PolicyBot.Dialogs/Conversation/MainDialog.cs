using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Profile;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// The root dialog: fill the profile, list the measures that apply, then answer free questions in that context.
/// In the question phase a message with a correction marker that changes the profile ("不对，是惠州") updates it
/// and lists the measures again.
/// </summary>
public sealed class MainDialog(
    DialogCatalog catalog,
    ProfileRecognizer recognizer,
    ProfileBuilder builder,
    MeasuresPresenter measures,
    AnswerPresenter answers) : IDialog
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

    public Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Turn.Text;
        if (catalog.CorrectionMarkers.Any(m => text.Contains(m, StringComparison.Ordinal)))
        {
            var (changed, notes) = builder.Apply(dc.State.Profile, recognizer.Recognize(text));
            if (changed)
            {
                dc.Turn.Say(string.Join("\n\n", notes.Prepend(dc.Turn.T(TemplateIds.CorrectionNoted, ("profile", builder.Describe(dc.State.Profile))))));
                measures.Show(dc, 0);
                return Task.FromResult(DialogTurnResult.Waiting);
            }
        }

        answers.Answer(dc, text);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        dc.Active!.Set(PhaseKey, Questions);
        dc.State.Listed = true;
        measures.Show(dc, 0);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

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
