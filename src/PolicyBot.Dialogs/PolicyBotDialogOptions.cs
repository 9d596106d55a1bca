namespace PolicyBot.Dialogs;

/// <summary>Settings of the dialogs, bound from the "PolicyBotDialogs" configuration section.</summary>
public sealed class PolicyBotDialogOptions
{
    public const string SectionName = "PolicyBotDialogs";

    /// <summary>Folder of the dialog definitions (dialogs/*.yaml). Default "dialogs".</summary>
    public string DialogsFolder { get; set; } = "dialogs";

    /// <summary>Folder of knowledge/ (size-standards.yaml, industries.yaml, regions/). Default "knowledge".</summary>
    public string KnowledgeFolder { get; set; } = "knowledge";

    /// <summary>When set, conversation state is kept as JSON files in this folder; otherwise in memory.</summary>
    public string? StateFolder { get; set; }

    /// <summary>Measures per page of the listing. Default 8.</summary>
    public int MeasuresPerPage { get; set; } = 8;

    /// <summary>Suggested actions shown with a question; Teams displays at most 3. Default 3.</summary>
    public int MaxSuggestedActions { get; set; } = 3;

    /// <summary>Characters of clause text shown in an answer before "查看全文". Default 300.</summary>
    public int AnswerExcerptChars { get; set; } = 300;

    /// <summary>Upper bound of one reply's text, well under Teams' message limit (UTF-16). Default 10000 characters.</summary>
    public int MaxReplyChars { get; set; } = 10000;

    /// <summary>Size-standard row used when the industry is unknown. Default "other" (其他未列明行业).</summary>
    public string FallbackSizeStandard { get; set; } = "other";

    /// <summary>Also send the measure listing as an Adaptive Card (v1.5). Default false: Markdown text only.</summary>
    public bool MeasureCards { get; set; }

    /// <summary>Throws when a setting is out of range (called at start).</summary>
    public void Validate()
    {
        if (MeasuresPerPage is < 1 or > 50) throw new ArgumentOutOfRangeException(nameof(MeasuresPerPage));
        if (MaxSuggestedActions is < 1 or > 10) throw new ArgumentOutOfRangeException(nameof(MaxSuggestedActions));
        if (AnswerExcerptChars < 50) throw new ArgumentOutOfRangeException(nameof(AnswerExcerptChars));
        if (MaxReplyChars is < 500 or > 40000) throw new ArgumentOutOfRangeException(nameof(MaxReplyChars));
    }
}
