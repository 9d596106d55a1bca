using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Conversation;
using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Schema;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Hosting;

/// <summary>
/// The bot's turn logic behind IBot: welcomes users who join, routes each message (empty or too long, a command,
/// the answer to an offer to switch city, English, an early question, else the dialog stack) and saves the
/// conversation state. It is the one owner of a failing turn: it logs the failure, abandons the dialog the turn was in
/// while keeping the company profile, and tells the user so (only when the stored state itself cannot be read is the
/// conversation started afresh).
/// </summary>
public sealed partial class PolicyBotTurnHandler(
    DialogCatalog catalog,
    DialogSet dialogs,
    InterruptionHandler interruptions,
    QuestionDetector questions,
    QuestionInterruption answerNow,
    CityOffer cityOffer,
    ConversationStateStore store,
    IPolicySearch search,
    TimeProvider clock,
    IOptions<PolicyBotDialogOptions> options,
    ILogger<PolicyBotTurnHandler> logger) : IBot
{
    // Turns of one conversation run one at a time, so they do not trip over each other's ETags. A fixed set of
    // gates chosen by the conversation key keeps memory bounded however many conversations come and go.
    private const int GateCount = 256;
    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, GateCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private readonly PolicyBotDialogOptions _options = options.Value;
    private readonly PolicyCalendar _calendar = new(clock);

    public async Task<IReadOnlyList<Activity>> OnTurnAsync(Activity incoming, CancellationToken cancellationToken)
    {
        var welcome = incoming.Type == ActivityTypes.ConversationUpdate
            && (incoming.MembersAdded ?? []).Any(m => m.Id is not null && m.Id != incoming.Recipient?.Id);
        if (incoming.Type != ActivityTypes.Message && !welcome)
        {
            Log.Ignored(logger, UnicodeText.ForLog(incoming.Type));
            return [];
        }

        var key = ConversationStateStore.KeyOf(incoming);
        var gate = _gates[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % GateCount)];
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(key, incoming, welcome, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(logger, ex, UnicodeText.ForLog(key)!);
            var keptProfile = await RecoverAsync(key);
            var apology = keptProfile ? TemplateIds.ErrorApology : TemplateIds.ErrorApologyFresh;
            return [ReplyFactory.Message(catalog.Templates.Raw(apology), InputHints.AcceptingInput, null)];
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IReadOnlyList<Activity>> RunAsync(string key, Activity incoming, bool welcome, CancellationToken cancellationToken)
    {
        var (data, eTag) = await store.LoadAsync(key, cancellationToken);
        // An offer to switch city is answered by the very next message or not at all.
        var offeredCity = data.OfferedCity;
        data.OfferedCity = null;
        var text = CleanText(incoming.Text is { Length: > 0 } ? incoming.Text : SubmittedText(incoming));
        var turn = new TurnContext(text, _calendar.Today, catalog.Templates, _options);
        var dc = new DialogContext(dialogs, data, turn);

        if (welcome)
        {
            if (data.Welcomed) return [];
            MainDialog.Welcome(dc);
            await dc.BeginDialogAsync(MainDialog.DialogId, null, cancellationToken);
        }
        else if (text.Length == 0)
        {
            turn.Say(turn.T(TemplateIds.EmptyMessage));
            await MainDialog.CarryOnAsync(dc, cancellationToken);
        }
        else if (text.Length > search.MaxQuestionLength)
        {
            turn.Say(turn.T(TemplateIds.TooLong, ("length", text.Length), ("max", search.MaxQuestionLength)));
            await MainDialog.CarryOnAsync(dc, cancellationToken);
        }
        else if (interruptions.Match(text) is { } interruption)
        {
            await interruptions.HandleAsync(dc, interruption, cancellationToken);
        }
        else if (offeredCity is not null && catalog.Confirm.Read(text) is { } accepted)
        {
            await cityOffer.SettleAsync(dc, offeredCity, accepted, cancellationToken);
        }
        else if (TextShape.IsLatinScript(text))
        {
            await interruptions.ExplainInEnglishAsync(dc, cancellationToken);
        }
        else if (!data.Listed && questions.IsQuestion(text, data.Profile.ToCompanyProfile(), turn.Today))
        {
            MainDialog.Welcome(dc);
            await answerNow.HandleAsync(dc, cancellationToken);
        }
        else if (dc.Active is null)
        {
            MainDialog.Welcome(dc);
            await dc.BeginDialogAsync(MainDialog.DialogId, text, cancellationToken);
        }
        else
        {
            await dc.ContinueDialogAsync(cancellationToken);
        }

        await store.SaveAsync(key, data, eTag, cancellationToken);
        return turn.Searched ? [ReplyFactory.Typing(), .. turn.Replies] : turn.Replies;
    }


    /// <summary>
    /// Abandons the dialog of a failed turn and keeps the profile; true when a profile was kept. State that cannot even
    /// be read or written is deleted, so the next turn starts clean.
    /// </summary>
    private async Task<bool> RecoverAsync(string key)
    {
        try
        {
            var (data, eTag) = await store.LoadAsync(key, CancellationToken.None);
            data.AbandonDialog();
            await store.SaveAsync(key, data, eTag, CancellationToken.None);
            return data.HasProfile;
        }
        catch (Exception ex)
        {
            Log.RecoveryFailed(logger, ex, UnicodeText.ForLog(key)!);
        }
        try
        {
            await store.ResetAsync(key, CancellationToken.None);
        }
        catch (Exception ex)
        {
            Log.ResetFailed(logger, ex, UnicodeText.ForLog(key)!);
        }
        return false;
    }

    /// <summary>An Adaptive Card Action.Submit arrives with empty text and its data in value; a "text" field counts as typed.</summary>
    private static string? SubmittedText(Activity incoming) =>
        incoming.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value
        && value.TryGetProperty("text", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.String ? t.GetString() : null;

    /// <summary>Trims the text, drops code points no message needs and removes Teams' &lt;at&gt;Bot&lt;/at&gt; mentions.</summary>
    private static string CleanText(string? text) => string.IsNullOrEmpty(text) ? "" : Mention().Replace(UnicodeText.Clean(text), "").Trim();

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
