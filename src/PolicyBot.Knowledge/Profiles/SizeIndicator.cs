namespace PolicyBot.Knowledge.Profiles;

/// <summary>One measure of size the standard uses: 从业人员 (people), 营业收入 or 资产总额 (万元).</summary>
public sealed record SizeIndicator(string Id, string Name, string Unit)
{
    public const string People = "people";
    public const string Revenue = "revenue";
    public const string Assets = "assets";
}
