namespace PolicyBot.Knowledge.Profiles;

/// <summary>Templates for the classifier's explanation, read from size-standards.yaml.</summary>
public sealed record SizeExplanationWording(
    string Figure,
    string Approx,
    string Separator,
    string Shortfall,
    string Heading,
    string Top,
    string Partly,
    string None,
    string Partial,
    string Unknown);
