using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Profile;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Regions;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// Answers a free question or a clause lookup in the profile's context (or for the place the question asks about).
/// Only a hit the search is confident in is shown; otherwise the bot says it found nothing reliable, rather than
/// showing an unrelated clause. A clause from a document that does not apply where the asker is says so.
/// </summary>
public sealed class AnswerPresenter(IPolicySearch search, PlaceCoverage places, ProfileBuilder builder, DialogCatalog catalog)
{
    /// <summary>Answers the question for the profile, or for <paramref name="place"/> when the question is about another city.</summary>
    public void Answer(DialogContext dc, string question, Place? place = null)
    {
        var turn = dc.Turn;
        turn.Searched = true;
        var asker = dc.State.Profile.ToCompanyProfile();
        if (place is not null) asker = asker with { City = place.City ?? place.Name };
        var response = search.Search(new SearchRequest(question, asker, Top: 3, AsOf: turn.Today));
        if (response.Kind == QueryKind.Invalid && !string.IsNullOrWhiteSpace(response.Message))
        {
            turn.Say(turn.T(TemplateIds.SearchRefused, ("reason", response.Message)));
            return;
        }

        if (!response.Confident || response.Hits.Count == 0)
        {
            dc.State.LastHits = [];
            // A lookup that failed says why (no such clause, which document?); a question about a place no document
            // covers says that; any other question that found nothing says so.
            turn.Say(response.Kind == QueryKind.Lookup && !string.IsNullOrWhiteSpace(response.Message)
                ? turn.T(TemplateIds.LookupFailed, ("reason", response.Message))
                : response.Coverage.NothingApplies
                    ? turn.T(TemplateIds.NoCoverage, ("place", response.Coverage.Place), ("regions", places.Regions(turn)))
                    : turn.T(TemplateIds.NotFound));
            return;
        }

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
        if (response.Coverage.Place is { } where && !response.Coverage.Documents.Contains(hit.Document))
        {
            parts.Add(turn.T(TemplateIds.AnswerElsewhere, ("jurisdiction", hit.Document.Jurisdiction.Name), ("place", where)));
        }

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
