using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Dialogs.Definitions;

/// <summary>The one loader for dialogs/: reads every *.yaml file, merges them and checks their invariants.</summary>
public static class DialogCatalogLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Loads and validates all files of the folder; throws InvalidDataException naming the first problem.</summary>
    public static DialogCatalog Load(string folder)
    {
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InvalidDataException($"No dialog definitions in {folder}");

        var slots = new List<SlotDefinition>();
        var interruptions = new List<InterruptionDefinition>();
        var markers = new List<string>();
        var questionMarkers = new List<string>();
        var termNotes = new List<TermNote>();
        var confirm = ConfirmPhrases.None;
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var model = ParseFile(file);
            slots.AddRange(model.Slots.Select(ToSlot));
            interruptions.AddRange(model.Interruptions.Select(i => new InterruptionDefinition(i.Id, i.Action, i.Triggers, i.Reply)));
            markers.AddRange(model.CorrectionMarkers);
            questionMarkers.AddRange(model.QuestionMarkers);
            termNotes.AddRange(model.TermNotes.Select(n => new TermNote(n.Term, n.Note)));
            if (model.Confirm is { } c) confirm = new ConfirmPhrases([.. confirm.Yes, .. c.Yes], [.. confirm.No, .. c.No]);
            foreach (var (id, text) in model.Templates)
            {
                if (!templates.TryAdd(id, text)) throw new InvalidDataException($"{file}: template '{id}' is defined twice");
            }
        }

        var catalog = new DialogCatalog(slots, interruptions, markers, new TemplateSet(templates), termNotes, questionMarkers, confirm);
        var problems = DialogCatalogValidator.Problems(catalog).ToList();
        if (problems.Count > 0) throw new InvalidDataException($"{folder}: {string.Join("; ", problems)}");
        return catalog;
    }

    /// <summary>Parses one file without cross-file checks (used by the loader and by sweep tests).</summary>
    internal static DialogFileModel ParseFile(string file) =>
        Yaml.Deserialize<DialogFileModel>(File.ReadAllText(file)) ?? new DialogFileModel();

    private static SlotDefinition ToSlot(DialogFileModel.SlotModel s) => new(
        s.Id, s.Kind, s.Recognizer, s.Required, s.Prompt, s.Retry, s.MaxAttempts, s.Indicator, s.Derive,
        s.Choices.Select(c => new ChoiceDefinition(c.Id, c.Title, c.Synonyms, c.Action)).ToList());
}
