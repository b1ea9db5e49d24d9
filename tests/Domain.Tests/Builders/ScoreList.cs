using SoLienLac.Domain.Grades;

namespace SoLienLac.Domain.Tests.Builders;

/// <summary>Regular assessments written the way a teacher reads them: ScoreList.Of(9, 9, 8).</summary>
public static class ScoreList
{
    public static IReadOnlyCollection<Score> Of(params decimal[] values) => values.Select(Score.Of).ToList();
}
