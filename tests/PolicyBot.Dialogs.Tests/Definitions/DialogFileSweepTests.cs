using PolicyBot.Dialogs.Definitions;

namespace PolicyBot.Dialogs.Tests.Definitions;

public sealed class DialogFileSweepTests
{
    private static readonly DialogCatalog Catalog = DialogCatalogLoader.Load(RepoPaths.Dialogs);

    public static TheoryData<string> Files => [.. Directory.GetFiles(RepoPaths.Dialogs, "*.yaml").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryDialogFile_ParsesAndHasContent(string file)
    {
        var model = DialogCatalogLoader.ParseFile(Path.Combine(RepoPaths.Dialogs, file));

        Assert.True(model.Slots.Count + model.Interruptions.Count + model.Templates.Count > 0, $"{file} defines nothing");
        Assert.All(model.Templates, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), $"{file}: template {t.Key} is empty"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryTemplateReferencedByAFile_Exists(string file)
    {
        var model = DialogCatalogLoader.ParseFile(Path.Combine(RepoPaths.Dialogs, file));
        var referenced = model.Slots.SelectMany(s => new[] { s.Prompt, s.Retry }).Concat(model.Interruptions.Select(i => i.Reply)).Concat(model.TermNotes.Select(n => n.Note));

        Assert.All(referenced, id => Assert.True(Catalog.Templates.Contains(id), $"{file} references missing template {id}"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryChoice_HasSynonymsAndUniqueIdsAndPhrases(string file)
    {
        var model = DialogCatalogLoader.ParseFile(Path.Combine(RepoPaths.Dialogs, file));

        foreach (var slot in model.Slots)
        {
            Assert.Equal(slot.Choices.Count, slot.Choices.Select(c => c.Id).Distinct().Count());
            Assert.All(slot.Choices, c => Assert.NotEmpty(c.Synonyms));
            var phrases = slot.Choices.SelectMany(c => c.Synonyms.Append(c.Title)).Select(TextShape.Compact).ToList();
            Assert.Equal(phrases.Count, phrases.Distinct().Count());
        }
    }

    [Fact]
    public void Catalog_HasNoProblems_AndDefinesEveryTemplateTheEngineUses()
    {
        Assert.Empty(DialogCatalogValidator.Problems(Catalog));
        Assert.All(TemplateIds.All, id => Assert.True(Catalog.Templates.Contains(id), id));
    }

    [Fact]
    public void ChoiceIds_AreUniqueAcrossAllSlots()
    {
        var ids = Catalog.Slots.SelectMany(s => s.Choices).Select(c => c.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void TemplatePlaceholders_AreOnlyLowerCaseNames()
    {
        foreach (var id in Catalog.Templates.Ids)
        {
            var raw = Catalog.Templates.Raw(id);
            Assert.Equal(raw.Count(c => c == '{'), Catalog.Templates.PlaceholdersOf(id).Count());
        }
    }

    [Theory]
    [InlineData("profile.yaml", "retry: retry_city", "retry: retry_town", "retry_town")]
    [InlineData("interruptions.yaml", "action_change_city: 换个城市", "action_change_city: 换座城市", "action_change_city")]
    [InlineData("profile.yaml", "no: [否, ", "no: [是, 否, ", "'是' is both yes and no")]
    [InlineData("profile.yaml", "yes: [是, ", "yes: [帮助, 是, ", "'帮助' is also an interruption's trigger")]
    public void Load_InconsistentDefinitions_FailNamingTheProblem(string file, string find, string replace, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("policybot-dialogs-").FullName;
        try
        {
            foreach (var f in Directory.GetFiles(RepoPaths.Dialogs, "*.yaml")) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
            var path = Path.Combine(folder, file);
            var text = File.ReadAllText(path);
            Assert.Contains(find, text);
            File.WriteAllText(path, text.Replace(find, replace));

            var ex = Assert.Throws<InvalidDataException>(() => DialogCatalogLoader.Load(folder));

            Assert.Contains(problem, ex.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
