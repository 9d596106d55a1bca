using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// Commands that work at any point (dialogs/interruptions.yaml), checked before the active dialog sees the
/// message, like Bot Builder's CancelAndHelpDialog: help keeps the prompt, restart and cancel clear the stack.
/// </summary>
public sealed class InterruptionHandler(DialogCatalog catalog, MainDialog main, AnswerPresenter answers, Profile.ProfileBuilder builder)
{
    /// <summary>The interruption the message is, or null.</summary>
    public InterruptionDefinition? Match(string text)
    {
        var compact = TextShape.Compact(text);
        return compact.Length == 0 ? null : catalog.Interruptions.FirstOrDefault(i => i.Triggers.Any(t => TextShape.Compact(t) == compact));
    }

    public async Task HandleAsync(DialogContext dc, InterruptionDefinition interruption, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        switch (interruption.Action)
        {
            case InterruptionDefinition.Help:
                turn.Say(turn.T(interruption.Reply));
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionDefinition.Restart:
                var welcomed = dc.State.Welcomed;
                dc.CancelAll();
                dc.State.Profile = new();
                dc.State.Listed = false;
                dc.State.MeasuresShown = dc.State.MeasuresTotal = 0;
                dc.State.LastHits = [];
                dc.State.Welcomed = welcomed;
                turn.Say(turn.T(interruption.Reply));
                await dc.BeginDialogAsync(MainDialog.DialogId, null, cancellationToken);
                break;
            case InterruptionDefinition.ChangeCity:
                dc.CancelAll();
                dc.State.Profile.City = dc.State.Profile.PlaceName = dc.State.Profile.Province = null;
                dc.State.Profile.Skipped.Remove("city");
                turn.Say(turn.T(interruption.Reply));
                await dc.BeginDialogAsync(MainDialog.DialogId, null, cancellationToken);
                break;
            case InterruptionDefinition.FullText:
                answers.ShowFullText(dc, interruption.Reply);
                break;
            case InterruptionDefinition.Cancel:
                dc.CancelAll();
                turn.Say(turn.T(interruption.Reply), [turn.T(TemplateIds.ActionRestart), turn.T(TemplateIds.ActionHelp)]);
                break;
            case InterruptionDefinition.More:
                if (!main.ShowMore(dc))
                {
                    turn.Say(turn.T(interruption.Reply));
                    await dc.RepromptAsync(cancellationToken);
                }

                break;
            case InterruptionDefinition.ShowProfile:
                turn.Say(turn.T(interruption.Reply, ("profile", builder.Describe(dc.State.Profile))));
                await dc.RepromptAsync(cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unknown interruption action '{interruption.Action}'");
        }
    }
}
