using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Conduct;

/// <summary>Training results per term and the teachers' remarks.</summary>
public interface IConductBook
{
    IReadOnlyList<ConductRecord> LevelsOf(StudentCode student);

    IReadOnlyList<Remark> RemarksOf(StudentCode student);

    /// <summary>Many students' remarks in one read (a class), each student's oldest first.</summary>
    ILookup<StudentCode, Remark> RemarksOf(IReadOnlyCollection<StudentCode> students);
}
