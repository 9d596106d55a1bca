using PolicyBot.Dialogs.Definitions;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// Words what the search reports (its outcome, and the notes about place) from dialogs/ templates: the one
/// place where a search result becomes a sentence, for the bot and the command line alike.
/// </summary>
public sealed class OutcomeWording(TemplateSet templates, IReadOnlyList<PolicyDocument> documents)
{
    /// <summary>The templates it words from (for callers that lay out the clauses themselves).</summary>
    public TemplateSet Templates => templates;

    /// <summary>Why there is no answer to show (or, for Uncertain, the "您是不是想问" lead); null when the response is answered.</summary>
    public string? Explain(SearchResponse r) => r.Outcome switch
    {
        SearchOutcome.Answered => null,
        SearchOutcome.Uncertain => templates.Render(TemplateIds.DidYouMean),
        SearchOutcome.NotFound => NotFound(r),
        SearchOutcome.Empty => templates.Render(TemplateIds.EmptyMessage),
        SearchOutcome.TooLong => templates.Render(TemplateIds.TooLong, ("length", r.Length), ("max", r.Limit)),
        SearchOutcome.NoSubject => templates.Render(TemplateIds.NoSubject),
        SearchOutcome.OutsideScope => templates.Render(TemplateIds.OutsideScope, ("subject", r.OutsideSubject), ("department", r.Referral)),
        SearchOutcome.PlaceNotCovered => templates.Render(TemplateIds.NoCoverage, ("place", r.Coverage.Place), ("regions", CoveredRegions())),
        SearchOutcome.DocumentNotNamed => templates.Render(TemplateIds.LookupNoDocument),
        SearchOutcome.NoSuchClause => templates.Render(TemplateIds.LookupNoClause,
            ("document", r.Document?.CitationName), ("count", r.Document?.Clauses.Count), ("ordinal", r.RequestedOrdinal)),
        _ => NotFound(r),
    };

    /// <summary>A note to add to an answer about where it applies (a measure of another place; a city with only provincial measures).</summary>
    public string? PlaceNote(SearchResponse r)
    {
        if (r.Hits.Count == 0) return null;
        if (r.AppliesElsewhere) return templates.Render(TemplateIds.LookupElsewhere, ("region", r.Hits[0].Document.Jurisdiction.Name), ("place", r.Coverage.Place));
        if (r.Kind == QueryKind.Question && r.Coverage.ProvinceOnly)
        {
            return templates.Render(TemplateIds.AnswerProvinceOnly, ("city", r.Coverage.City), ("province", r.Coverage.Province));
        }

        return null;
    }

    /// <summary>One line naming a candidate clause: citation and heading.</summary>
    public string Candidate(SearchHit hit) =>
        templates.Render(TemplateIds.Candidate, ("citation", hit.Citation), ("heading", hit.Clause.Heading ?? ""));

    /// <summary>
    /// The lookup a person would type for a clause ("湛江第（十三）条"): the document's place when it is the only
    /// document of that place, else its 文号 or title; posted back by a candidate button.
    /// </summary>
    public string LookupPhrase(SearchHit hit)
    {
        var d = hit.Document;
        var alone = documents.Count(x => x.Jurisdiction == d.Jurisdiction) == 1 && d.Jurisdiction.Name.Length > 0;
        var name = alone ? d.Jurisdiction.Name : d.Number ?? d.Title;
        return templates.Render(TemplateIds.CandidateAction, ("name", name), ("label", hit.Clause.CitationLabel));
    }

    /// <summary>The regions the knowledge base covers, for "not covered" replies.</summary>
    public string CoveredRegions() =>
        string.Join(templates.Render(TemplateIds.RegionSeparator), documents.Select(d => d.Jurisdiction.Name).Where(n => n.Length > 0).Distinct());

    private string NotFound(SearchResponse r) =>
        templates.Render(TemplateIds.NotFound, ("department", r.Referral ?? ""));
}
