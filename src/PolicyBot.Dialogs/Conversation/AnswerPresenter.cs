using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Profile;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Regions;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// Answers a free question or a clause lookup in the profile's context (or for the place the question asks about).
/// A confident hit is shown as the answer; an uncertain one is offered as "您是不是想问" with up to three candidates;
/// otherwise the bot says why there is no answer and whom to ask, rather than showing an unrelated clause.
/// </summary>
public sealed class AnswerPresenter(IPolicySearch search, ProfileBuilder builder, DialogCatalog catalog)
{
    /// <summary>Answers the question for the profile, or for <paramref name="place"/> when the question is about another city.</summary>
    public void Answer(DialogContext dc, string question, Place? place = null)
    {
        var turn = dc.Turn;
        turn.Searched = true;
        var asker = dc.State.Profile.ToCompanyProfile();
        if (place is not null) asker = asker with { City = place.City ?? place.Name };
        var response = search.Search(new SearchRequest(question, asker, Top: 3, AsOf: turn.Today));
        var wording = new OutcomeWording(turn.Templates, search.Documents);
        switch (response.Outcome)
        {
            case SearchOutcome.Answered:
                ShowAnswer(dc, response, wording, place);
                return;
            case SearchOutcome.Uncertain:
                OfferCandidates(dc, response, wording);
                return;
            default:
                dc.State.LastHits = [];
                turn.Say(wording.Explain(response)!);
                return;
        }
    }

    /// <summary>"您是不是想问：" with up to three candidate clauses; each button is the lookup a person would type.</summary>
    private static void OfferCandidates(DialogContext dc, SearchResponse response, OutcomeWording wording)
    {
        var turn = dc.Turn;
        var candidates = response.Hits.Take(turn.Options.MaxSuggestedActions).ToList();
        dc.State.LastHits = [];
        var lines = candidates.Select((h, i) => $"{i + 1}. {wording.Candidate(h)}");
        turn.Say(string.Join("\n\n", lines.Prepend(wording.Explain(response)!)), candidates.Select(wording.LookupPhrase));
    }

    private void ShowAnswer(DialogContext dc, SearchResponse response, OutcomeWording wording, Place? place)
    {
        var turn = dc.Turn;
        var hit = response.Hits[0];
        dc.State.LastHits = response.Hits.Select(h => new ClauseRef(h.Document.Id, h.Clause.Id)).ToList();
        var limit = response.Kind == QueryKind.Lookup ? turn.Options.MaxReplyChars / 2 : turn.Options.AnswerExcerptChars;
        var (excerpt, trimmed) = ClauseText.Excerpt(hit.Clause.Text, limit);
        var parts = new List<string>();
        if (response.Kind != QueryKind.Lookup)
        {
            parts.Add(place is null
                ? turn.T(TemplateIds.AnswerIntro, ("profile", builder.Describe(dc.State.Profile)))
                : turn.T(TemplateIds.AnswerIntroPlace, ("place", place.Describe())));
        }

        parts.Add(turn.T(TemplateIds.Answer,
            ("citation", hit.Citation),
            ("heading", hit.Clause.Heading ?? ""),
            ("text", excerpt),
            ("department", ClauseText.Join(hit.Clause.Departments.Lead) ?? turn.T(TemplateIds.DepartmentUnknown)),
            ("period", hit.Clause.Period.Describe()),
            ("status", hit.Status.Chinese())));
        if (hit.Status == ValidityStatus.Expired) parts.Add(turn.T(TemplateIds.AnswerExpired));
        if (wording.PlaceNote(response) is { } note) parts.Add(note);
        parts.AddRange(catalog.TermNotes.Where(n => hit.Clause.Text.Contains(n.Term, StringComparison.Ordinal)).Select(n => turn.T(n.Note)));
        if (trimmed) parts.Add(turn.T(TemplateIds.AnswerTrimmed));
        var related = response.Hits.Skip(1).Select(h => h.Citation).ToList();
        if (related.Count > 0) parts.Add(turn.T(TemplateIds.AnswerRelated, ("list", string.Join(turn.T(TemplateIds.RegionSeparator), related))));
        turn.Say(string.Join("\n\n", parts), trimmed ? [turn.T(TemplateIds.ActionFullText)] : null);
    }

    /// <summary>The whole text of the last answer's first clause, or a note that there is none.</summary>
    public void ShowFullText(DialogContext dc, string noClauseTemplate)
    {
        var turn = dc.Turn;
        var first = dc.State.LastHits.FirstOrDefault();
        var document = first is null ? null : search.Documents.FirstOrDefault(d => d.Id == first.DocumentId);
        var clause = document?.Clauses.FirstOrDefault(c => c.Id == first!.ClauseId);
        if (document is null || clause is null)
        {
            turn.Say(turn.T(noClauseTemplate));
            return;
        }

        var (text, _) = ClauseText.Excerpt(clause.Text, turn.Options.MaxReplyChars - 500);
        var status = clause.Period.StatusOn(turn.Today);
        turn.Say(turn.T(TemplateIds.FullText,
            ("citation", new SearchHit(document, clause, 0, status).Citation),
            ("heading", clause.Heading ?? ""),
            ("text", text),
            ("department", ClauseText.Join(clause.Departments.Lead) ?? turn.T(TemplateIds.DepartmentUnknown)),
            ("supporting", ClauseText.Join(clause.Departments.Supporting) ?? turn.T(TemplateIds.DepartmentUnknown)),
            ("period", clause.Period.Describe()),
            ("status", status.Chinese())));
    }
}
