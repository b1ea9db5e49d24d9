namespace SoLienLac.Bot.Reports.Letters;

/// <summary>What one family's letter says: the child, the code, and where the deep link points (if the bot's name is known).</summary>
public sealed record ActivationLetter(string StudentCode, string FullName, string ClassName, string Code, DateOnly ExpiresOn, Uri? TelegramLink);
