namespace PolicyBot.Search;

/// <summary>Field names of the clause index.</summary>
internal static class Fields
{
    public const string Id = "id";
    public const string Document = "doc";
    public const string HeadWords = "head_w";
    public const string HeadBigrams = "head_b";
    public const string BodyWords = "body_w";
    public const string BodyBigrams = "body_b";
}
