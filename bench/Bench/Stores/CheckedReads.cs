using LiteDB;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Stores;

/// <summary>
/// Reads of one student's gradebook that check they got that student's: the raw document's
/// <c>_id</c> (LiteDB only), or the student of every mark. Counts the reads that brought something else or threw.
/// </summary>
internal sealed class CheckedReads(ILiteCollection<BsonDocument>? grades, IGradeBook book)
{
    private int _wrong;

    public int Wrong => _wrong;

    public Task FindByIdAsync(StudentCode code)
    {
        Check(() => grades?.FindById(code.Value) is { } d && d["_id"] == code.Value);
        return Task.CompletedTask;
    }

    public Task MarksOfAsync(StudentCode code)
    {
        Check(() => book.MarksOfAsync(code, CancellationToken.None).GetAwaiter().GetResult() is { Count: > 0 } marks && marks.All(m => m.Student == code));
        return Task.CompletedTask;
    }

    private void Check(Func<bool> read)
    {
        try
        {
            if (read()) return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A read that throws counts with the reads that brought the wrong document.
        }
        Interlocked.Increment(ref _wrong);
    }
}
