namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>A class's contact book, or one student's: the heading and a page per student in student-code order.</summary>
public sealed record ContactBook(ContactBookHeading Heading, IReadOnlyList<ContactBookPage> Pages);
