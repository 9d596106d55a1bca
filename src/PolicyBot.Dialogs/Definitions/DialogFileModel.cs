namespace PolicyBot.Dialogs.Definitions;

/// <summary>The YAML shape of one file in dialogs/; every section is optional.</summary>
internal sealed class DialogFileModel
{
    public List<SlotModel> Slots { get; set; } = [];
    public List<InterruptionModel> Interruptions { get; set; } = [];
    public List<string> CorrectionMarkers { get; set; } = [];

    public List<string> QuestionMarkers { get; set; } = [];
    public ConfirmModel? Confirm { get; set; }
    public Dictionary<string, string> Templates { get; set; } = [];
    public List<TermNoteModel> TermNotes { get; set; } = [];

    internal sealed class ConfirmModel
    {
        public List<string> Yes { get; set; } = [];
        public List<string> No { get; set; } = [];
    }

    internal sealed class TermNoteModel
    {
        public string Term { get; set; } = "";
        public string Note { get; set; } = "";
    }

    internal sealed class SlotModel
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "choice";
        public string Recognizer { get; set; } = "";
        public bool Required { get; set; }
        public string Prompt { get; set; } = "";
        public string Retry { get; set; } = "";
        public int MaxAttempts { get; set; } = 3;
        public string? Indicator { get; set; }
        public List<string> Derive { get; set; } = [];
        public List<ChoiceModel> Choices { get; set; } = [];
    }

    internal sealed class ChoiceModel
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Action { get; set; }
        public List<string> Synonyms { get; set; } = [];
    }

    internal sealed class InterruptionModel
    {
        public string Id { get; set; } = "";
        public string Action { get; set; } = "";
        public List<string> Triggers { get; set; } = [];
        public string Reply { get; set; } = "";
    }
}
