using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Profile;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// A question asked before the profile is complete: keeps what it says about the company, answers it with what
/// is known, then asks the next missing thing again — the guided questions carry on after the answer.
/// </summary>
public sealed class QuestionInterruption(ProfileRecognizer recognizer, ProfileBuilder builder, AnswerPresenter answers)
{
    public async Task HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        builder.Apply(dc.State.Profile, recognizer.Recognize(dc.Turn.Text));
        answers.Answer(dc, dc.Turn.Text);
        // Start the guided part again from what is now known: it asks the next missing thing (or lists the measures).
        dc.CancelAll();
        await dc.BeginDialogAsync(MainDialog.DialogId, null, cancellationToken);
    }
}
