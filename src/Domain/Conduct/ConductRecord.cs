using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Conduct;

/// <summary>The training result (kết quả rèn luyện) the homeroom teacher sets for a term.</summary>
public sealed record ConductRecord(StudentCode Student, Term Term, Level Level)
{
    public string Key => $"{Student}|{(int)Term}";
}
