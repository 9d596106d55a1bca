namespace PolicyBot.Dialogs.Definitions;

/// <summary>Everything loaded from dialogs/: slots, interruptions, correction, question and yes/no phrases, reply templates.</summary>
public sealed class DialogCatalog(
    IReadOnlyList<SlotDefinition> slots,
    IReadOnlyList<InterruptionDefinition> interruptions,
    IReadOnlyList<string> correctionMarkers,
    TemplateSet templates,
    IReadOnlyList<TermNote>? termNotes = null,
    IReadOnlyList<string>? questionMarkers = null,
    ConfirmPhrases? confirm = null)
{
    /// <summary>How the user says yes or no to the bot's yes/no questions.</summary>
    public ConfirmPhrases Confirm { get; } = confirm ?? ConfirmPhrases.None;

    /// <summary>Words that make a message a question (吗, 怎么, 能不能, ？…), whatever else it says about the company.</summary>
    public IReadOnlyList<string> QuestionMarkers { get; } = questionMarkers ?? [];

    /// <summary>Notes added to an answer whose clause uses a term that is easy to misread (小型微利企业 ≠ 小型企业).</summary>
    public IReadOnlyList<TermNote> TermNotes { get; } = termNotes ?? [];

    public IReadOnlyList<SlotDefinition> Slots { get; } = slots;

    public IReadOnlyList<InterruptionDefinition> Interruptions { get; } = interruptions;

    public IReadOnlyList<string> CorrectionMarkers { get; } = correctionMarkers;

    public TemplateSet Templates { get; } = templates;

    /// <summary>The slot with this id; throws when the definitions lack it.</summary>
    public SlotDefinition Slot(string id) =>
        Slots.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"No slot '{id}' in dialogs/");
}
