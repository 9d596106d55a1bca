namespace PolicyBot.Dialogs.Definitions;

/// <summary>Ids of the templates the engine itself uses; dialogs/ must define each one (checked at load).</summary>
public static class TemplateIds
{
    public const string Welcome = "welcome";
    public const string MeasuresHeader = "measures_header";
    public const string MeasuresGroup = "measures_group";
    public const string MeasureLine = "measure_line";
    public const string MeasuresMore = "measures_more";
    public const string MeasuresEnd = "measures_end";
    public const string ManyExpired = "many_expired";
    public const string SomeExpired = "some_expired";
    public const string ProvinceOnly = "province_only";
    public const string NoCoverage = "no_coverage";
    public const string NoMeasures = "no_measures";
    public const string TopicOther = "topic_other";
    public const string DepartmentUnknown = "department_unknown";
    public const string RegionSeparator = "region_separator";
    public const string Answer = "answer";
    public const string AnswerExpired = "answer_expired";
    public const string AnswerTrimmed = "answer_trimmed";
    public const string AnswerRelated = "answer_related";
    public const string AnswerIntro = "answer_intro";
    public const string AnswerIntroPlace = "answer_intro_place";
    public const string NotFound = "not_found";
    public const string DidYouMean = "did_you_mean";
    public const string Candidate = "candidate";
    public const string CandidateAction = "candidate_action";
    public const string NoSubject = "no_subject";
    public const string OutsideScope = "outside_scope";
    public const string LookupNoDocument = "lookup_no_document";
    public const string LookupNoClause = "lookup_no_clause";
    public const string LookupElsewhere = "lookup_elsewhere";
    public const string AnswerProvinceOnly = "answer_province_only";
    public const string FullText = "full_text";
    public const string EmptyMessage = "empty_message";
    public const string TooLong = "too_long";
    public const string ErrorApology = "error_apology";
    public const string ErrorApologyFresh = "error_apology_fresh";
    public const string SlotSkipped = "slot_skipped";
    public const string ProfileNoted = "profile_noted";
    public const string ProfileLine = "profile_line";
    public const string ValueUnknown = "value_unknown";
    public const string PlaceResolved = "place_resolved";
    public const string SizeDerived = "size_derived";
    public const string SizeNotDerived = "size_not_derived";
    public const string CorrectionNoted = "correction_noted";
    public const string CityOffer = "city_offer";
    public const string CityKept = "city_kept";
    public const string EnglishNote = "english_note";
    public const string ActionMore = "action_more";
    public const string ActionFullText = "action_full_text";
    public const string ActionRestart = "action_restart";
    public const string ActionHelp = "action_help";
    public const string ActionChangeCity = "action_change_city";
    public const string Date = "date";
    public const string CliOutcome = "cli_outcome";
    public const string CliConfidence = "cli_confidence";
    public const string CliHit = "cli_hit";
    public const string CliTaskRow = "cli_task_row";
    public const string CliDepartments = "cli_departments";
    public const string CliSupporting = "cli_supporting";
    public const string CliValidity = "cli_validity";

    /// <summary>Templates whose text is a button that runs an interruption (更多, 查看全文, …).</summary>
    internal const string ActionPrefix = "action_";

    /// <summary>Every id above.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(TemplateIds)
        .GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();
}
