namespace PolicyBot.Dialogs.Definitions;

/// <summary>Invariants of the dialog definitions: ids unique, templates referenced exist, actions and recognizers known.</summary>
public static class DialogCatalogValidator
{
    /// <summary>Each problem found, in words; none means the catalog is usable.</summary>
    public static IEnumerable<string> Problems(DialogCatalog catalog)
    {
        var t = catalog.Templates;
        foreach (var id in TemplateIds.All.Where(id => !t.Contains(id))) yield return $"template '{id}' used by the engine is missing";

        foreach (var dup in catalog.Slots.GroupBy(s => s.Id).Where(g => g.Count() > 1)) yield return $"slot '{dup.Key}' defined twice";
        foreach (var slot in catalog.Slots)
        {
            if (!SlotDefinition.Kinds.Contains(slot.Kind)) yield return $"slot '{slot.Id}': unknown kind '{slot.Kind}'";
            if (!SlotDefinition.Recognizers.Contains(slot.Recognizer)) yield return $"slot '{slot.Id}': unknown recognizer '{slot.Recognizer}'";
            if (!t.Contains(slot.Prompt)) yield return $"slot '{slot.Id}': prompt template '{slot.Prompt}' missing";
            if (!t.Contains(slot.Retry)) yield return $"slot '{slot.Id}': retry template '{slot.Retry}' missing";
            if (slot.MaxAttempts < 1) yield return $"slot '{slot.Id}': max_attempts must be at least 1";
            foreach (var d in slot.Derive.Where(d => catalog.Slots.All(s => s.Id != d))) yield return $"slot '{slot.Id}': derive names unknown slot '{d}'";
            foreach (var dup in slot.Choices.GroupBy(c => c.Id).Where(g => g.Count() > 1)) yield return $"slot '{slot.Id}': choice id '{dup.Key}' twice";
            foreach (var c in slot.Choices)
            {
                if (string.IsNullOrWhiteSpace(c.Title)) yield return $"choice '{c.Id}' has no title";
                if (c.Synonyms.Count == 0) yield return $"choice '{c.Id}' has no synonyms";
                if (c.Action is not null && !ChoiceActions.All.Contains(c.Action)) yield return $"choice '{c.Id}': unknown action '{c.Action}'";
            }

            var phrases = slot.Choices.SelectMany(c => c.Phrases.Select(p => (Phrase: TextShape.Compact(p), c.Id)));
            foreach (var dup in phrases.GroupBy(p => p.Phrase).Where(g => g.Select(p => p.Id).Distinct().Count() > 1))
                yield return $"slot '{slot.Id}': phrase '{dup.Key}' belongs to two choices";
        }

        foreach (var dup in catalog.Interruptions.GroupBy(i => i.Id).Where(g => g.Count() > 1)) yield return $"interruption '{dup.Key}' defined twice";
        foreach (var i in catalog.Interruptions)
        {
            if (!InterruptionDefinition.Actions.Contains(i.Action)) yield return $"interruption '{i.Id}': unknown action '{i.Action}'";
            if (!t.Contains(i.Reply)) yield return $"interruption '{i.Id}': reply template '{i.Reply}' missing";
            if (i.Triggers.Count == 0) yield return $"interruption '{i.Id}' has no triggers";
        }

        foreach (var n in catalog.TermNotes.Where(n => !t.Contains(n.Note) || n.Term.Length == 0)) yield return $"term note '{n.Term}': template '{n.Note}' missing";

        var triggers = catalog.Interruptions.SelectMany(i => i.Triggers.Select(tr => (Trigger: TextShape.Compact(tr), i.Id))).ToList();
        foreach (var dup in triggers.GroupBy(p => p.Trigger).Where(g => g.Select(p => p.Id).Distinct().Count() > 1))
            yield return $"trigger '{dup.Key}' belongs to two interruptions";

        // Buttons that run a command send their title back, so each must be a trigger of an interruption.
        foreach (var id in TemplateIds.All.Where(id => id.StartsWith(TemplateIds.ActionPrefix, StringComparison.Ordinal) && t.Contains(id)))
        {
            if (triggers.All(p => p.Trigger != TextShape.Compact(t.Raw(id)))) yield return $"button '{id}' ({t.Raw(id)}) is no interruption's trigger";
        }

        var confirm = catalog.Confirm;
        if (confirm.Yes.Count == 0 || confirm.No.Count == 0) yield return "confirm needs yes and no phrases";
        foreach (var both in confirm.Yes.Select(TextShape.Compact).Intersect(confirm.No.Select(TextShape.Compact))) yield return $"confirm phrase '{both}' is both yes and no";
        foreach (var taken in confirm.Yes.Concat(confirm.No).Select(TextShape.Compact).Intersect(triggers.Select(p => p.Trigger)))
            yield return $"confirm phrase '{taken}' is also an interruption's trigger";
    }
}
