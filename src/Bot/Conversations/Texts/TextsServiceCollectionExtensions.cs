using Microsoft.Extensions.DependencyInjection;

namespace SoLienLac.Bot.Conversations.Texts;

public static class TextsServiceCollectionExtensions
{
    /// <summary>The catalogues and which one each chat reads: for conversations, and for what the verbs send (a link ended).</summary>
    public static IServiceCollection AddTexts(this IServiceCollection services) => services.AddSingleton<Catalogues>();
}
