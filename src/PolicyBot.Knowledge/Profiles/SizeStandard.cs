namespace PolicyBot.Knowledge.Profiles;

/// <summary>One row of the size-class table: an industry group and the lower bounds of each indicator it uses.</summary>
public sealed record SizeStandard(string Id, string Name, string Label, IReadOnlyList<SizeBound> Bounds);

/// <summary>Lower bounds of one indicator, in the order of <see cref="SizeStandards.Classes"/> (大型, 中型, 小型).</summary>
public sealed record SizeBound(SizeIndicator Indicator, IReadOnlyList<decimal> LowerBounds);
