namespace PolicyBot.Knowledge;

/// <summary>The knowledge folder or one of its files cannot be used; the message names what and where.</summary>
public sealed class KnowledgeException(string message, Exception? inner = null) : Exception(message, inner);
