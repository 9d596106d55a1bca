namespace PolicyBot.Knowledge.Parsing;

/// <summary>A line of a source text after character repair, with the raw line kept for tables.</summary>
internal sealed record SourceLine(int Number, string Raw, string Text)
{
    public Marker? Marker { get; init; }

    /// <summary>True when this line's marker continues the document's numbering (set by the structure pass).</summary>
    public bool IsValidMarker { get; set; }
}
