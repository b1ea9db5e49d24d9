using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Conduct;

/// <summary>Training results per term and the teachers' remarks.</summary>
public interface IConductBook
{
    Task<IReadOnlyList<ConductRecord>> LevelsOfAsync(StudentCode student, CancellationToken cancellationToken);

    Task<IReadOnlyList<Remark>> RemarksOfAsync(StudentCode student, CancellationToken cancellationToken);

    /// <summary>Many students' remarks in one read (a class), each student's oldest first.</summary>
    Task<ILookup<StudentCode, Remark>> RemarksOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken);
}
