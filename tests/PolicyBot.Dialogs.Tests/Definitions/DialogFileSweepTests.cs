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

    [Fact]
    public void Load_FolderWithAMissingTemplate_FailsNamingIt()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-dialogs-").FullName;
        try
        {
            foreach (var f in Directory.GetFiles(RepoPaths.Dialogs, "*.yaml")) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
            var profile = Path.Combine(folder, "profile.yaml");
            File.WriteAllText(profile, File.ReadAllText(profile).Replace("retry: retry_city", "retry: retry_town"));

            var ex = Assert.Throws<InvalidDataException>(() => DialogCatalogLoader.Load(folder));

            Assert.Contains("retry_town", ex.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
