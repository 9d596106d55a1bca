using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Profile;
using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>Everything the bot remembers of one conversation; serialized to the state storage after each turn.</summary>
public sealed class ConversationData
{
    public ProfileState Profile { get; set; } = new();

    public List<DialogFrame> Stack { get; set; } = [];

    public bool Welcomed { get; set; }

    /// <summary>True once the measures for the complete profile have been listed.</summary>
    public bool Listed { get; set; }

    /// <summary>How many measures of the listing have been shown ("更多" continues from here).</summary>
    public int MeasuresShown { get; set; }

    /// <summary>How many measures the last listing had.</summary>
    public int MeasuresTotal { get; set; }

    /// <summary>Clauses of the last answer, best first ("查看全文" opens the first).</summary>
    public List<ClauseRef> LastHits { get; set; } = [];

    /// <summary>The city the bot has just offered to switch to ("要把城市改成鄂州吗？"); only the next message can accept it.</summary>
    public Place? OfferedCity { get; set; }

    /// <summary>True when the user has told anything about the company.</summary>
    public bool HasProfile => Profile.City is not null || Profile.Industry is not null || Profile.Size is not null
        || Profile.People is not null || Profile.Revenue is not null || Profile.Assets is not null;

    /// <summary>
    /// Forgets the dialog in progress and what it last showed, after a turn failed in it; keeps the profile and the
    /// fact that the user was welcomed, so the user can carry on without answering everything again.
    /// </summary>
    public void AbandonDialog()
    {
        Stack.Clear();
        Listed = false;
        MeasuresShown = 0;
        MeasuresTotal = 0;
        LastHits.Clear();
        OfferedCity = null;
    }
}

/// <summary>A clause by document id and clause id.</summary>
public sealed record ClauseRef(string DocumentId, string ClauseId);
