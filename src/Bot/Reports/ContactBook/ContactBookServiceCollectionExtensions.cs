using Microsoft.Extensions.DependencyInjection;

namespace SoLienLac.Bot.Reports.ContactBook;

public static class ContactBookServiceCollectionExtensions
{
    /// <summary>
    /// The contact book's source, for the chat to send a parent their child's page:
    /// <c>ContactBookPdf.Render(source.ForStudent(student, term))</c>. The <c>report</c> verb needs no registration.
    /// </summary>
    public static IServiceCollection AddContactBook(this IServiceCollection services)
    {
        services.AddSingleton<ContactBookSource>();
        return services;
    }
}
