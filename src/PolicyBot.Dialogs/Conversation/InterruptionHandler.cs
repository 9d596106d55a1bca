using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// Messages answered on the side, before the active dialog sees them, like Bot Builder's CancelAndHelpDialog: the
/// commands of dialogs/interruptions.yaml (你好, 帮助, 重新开始, …) and messages in English. Replies on the side
/// carry on with what was being asked; restart and cancel clear the stack.
/// </summary>
public sealed class InterruptionHandler(DialogCatalog catalog, MainDialog main, AnswerPresenter answers, Profile.ProfileBuilder builder, PlaceCoverage places)
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
            case InterruptionDefinition.Greeting:
                // A first message that greets is welcomed like a user who joins; later greetings get the short reply.
                if (dc.State.Welcomed) turn.Say(turn.T(interruption.Reply));
                else MainDialog.Welcome(dc);
                await MainDialog.CarryOnAsync(dc, cancellationToken);
                break;
            case InterruptionDefinition.Help:
                turn.Say(turn.T(interruption.Reply));
                await MainDialog.CarryOnAsync(dc, cancellationToken);
                break;
            case InterruptionDefinition.Restart:
                dc.State.Profile = new();
                dc.State.MeasuresShown = dc.State.MeasuresTotal = 0;
                dc.State.LastHits = [];
                turn.Say(turn.T(interruption.Reply));
                await MainDialog.RestartAsync(dc, cancellationToken);
                break;
            case InterruptionDefinition.ChangeCity:
                dc.State.Profile.City = dc.State.Profile.PlaceName = dc.State.Profile.Province = null;
                dc.State.Profile.Skipped.Remove("city");
                turn.Say(turn.T(interruption.Reply));
                await MainDialog.RestartAsync(dc, cancellationToken);
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
                    await MainDialog.CarryOnAsync(dc, cancellationToken);
                }

                break;
            case InterruptionDefinition.ShowProfile:
                turn.Say(turn.T(interruption.Reply, ("profile", builder.Describe(dc.State.Profile))));
                await MainDialog.CarryOnAsync(dc, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unknown interruption action '{interruption.Action}'");
        }
    }

    /// <summary>A message in English: a short note in Chinese and English on what the bot covers, then the conversation carries on.</summary>
    public Task ExplainInEnglishAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Turn.Say(dc.Turn.T(TemplateIds.EnglishNote, ("regions", places.Regions(dc.Turn))));
        return MainDialog.CarryOnAsync(dc, cancellationToken);
    }
}
