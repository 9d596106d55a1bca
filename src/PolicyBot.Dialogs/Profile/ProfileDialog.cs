using PolicyBot.Dialogs.Conversation;
using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Knowledge.Profiles;

namespace PolicyBot.Dialogs.Profile;

/// <summary>
/// Fills the profile slots: takes whatever the opening message says, then prompts only for what is missing,
/// in the order of dialogs/profile.yaml; a city no document covers ends it at once (there is nothing to list there,
/// which the listing says). A size the user cannot name is derived from the figures the size
/// slot's `derive` list asks for (only those the industry's standard uses).
/// </summary>
public sealed class ProfileDialog(DialogCatalog catalog, ProfileRecognizer recognizer, ProfileBuilder builder, PlaceCoverage places) : IDialog
{
    public const string DialogId = "profile";
    private const string DerivingKey = "deriving";

    public string Id => DialogId;

    public async Task<DialogTurnResult> BeginAsync(DialogContext dc, string? options, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options)) Apply(dc, recognizer.Recognize(options));
        return await NextAsync(dc, cancellationToken);
    }

    public Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) => NextAsync(dc, cancellationToken);

    public async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        if (result is PromptResult prompt)
        {
            if (prompt.Update.Action?.Action == ChoiceActions.Derive) dc.Active!.Set(DerivingKey, prompt.SlotId);
            else if (prompt.Skipped) dc.State.Profile.Skipped.Add(prompt.SlotId);
            else Apply(dc, prompt.Update, deriveSize: dc.Active!.Get(DerivingKey) is null);
        }

        return await NextAsync(dc, cancellationToken);
    }

    public Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<DialogTurnResult> NextAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var profile = dc.State.Profile;
        // Nothing applies in a city no document covers (武汉, 北京): the listing says so now, not after industry and size.
        if (profile.City is { } city && !places.AnythingIn(city, dc.Turn.Today)) return await dc.EndDialogAsync(profile, cancellationToken);
        foreach (var slot in catalog.Slots.Where(s => s.Required))
        {
            if (profile.IsSettled(slot.Id)) continue;
            if (dc.Active!.Get(DerivingKey) == slot.Id)
            {
                var used = builder.StandardFor(profile).Bounds.Select(b => b.Indicator.Id).ToHashSet();
                var figure = slot.Derive.Select(catalog.Slot)
                    .FirstOrDefault(f => f.Indicator is not null && used.Contains(f.Indicator) && !profile.IsSettled(f.Id));
                if (figure is not null) return await dc.BeginDialogAsync(SlotPrompt.DialogId, figure.Id, cancellationToken);

                dc.Active.Set(DerivingKey, null);
                var result = builder.Classify(profile);
                if (result.Class is null)
                {
                    profile.Skipped.Add(slot.Id);
                    dc.Turn.Say(dc.Turn.T(TemplateIds.SizeNotDerived, ("explanation", result.Explanation)));
                }
                else
                {
                    profile.Size = result.Class;
                    profile.SizeExplanation = result.Explanation;
                    dc.Turn.Say(dc.Turn.T(TemplateIds.ProfileNoted, ("profile", builder.Describe(profile))) + "\n\n"
                        + dc.Turn.T(TemplateIds.SizeDerived, ("source", builder.Source), ("explanation", result.Explanation)));
                }

                continue;
            }

            return await dc.BeginDialogAsync(SlotPrompt.DialogId, slot.Id, cancellationToken);
        }

        return await dc.EndDialogAsync(profile, cancellationToken);
    }

    private void Apply(DialogContext dc, ProfileUpdate update, bool deriveSize = true)
    {
        var before = builder.Describe(dc.State.Profile);
        var (_, notes) = builder.Apply(dc.State.Profile, update, deriveSize);
        // Figures collected for the size change nothing the user can see yet: no acknowledgement for those.
        if (before == builder.Describe(dc.State.Profile) && notes.Count == 0) return;
        var text = string.Join("\n\n", notes.Prepend(dc.Turn.T(TemplateIds.ProfileNoted, ("profile", builder.Describe(dc.State.Profile)))));
        dc.Turn.Say(text);
    }
}
