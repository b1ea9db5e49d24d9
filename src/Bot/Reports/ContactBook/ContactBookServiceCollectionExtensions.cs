using Microsoft.Extensions.DependencyInjection;

namespace SoLienLac.Bot.Reports.ContactBook;

public static class ContactBookServiceCollectionExtensions
{
    /// <summary>
    /// The contact book's source, for the chat to send a parent their child's page:
    /// <c>ContactBookPdf.Render(source.ForStudent(student, term))</c>; and every class's book at once
    /// (<see cref="SchoolContactBooks"/>, <c>report --class all</c>).
    /// </summary>
    public static IServiceCollection AddContactBook(this IServiceCollection services)
    {
        services.AddSingleton<ContactBookSource>();
        services.AddSingleton<SchoolContactBooks>();
        return services;
    }
}
