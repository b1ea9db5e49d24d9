namespace SoLienLac.Bench.Files;

/// <summary>One row of the scores file: <c>student_code, subject, term, kind, score</c>.</summary>
internal sealed record ScoreRow(string StudentCode, string Subject, int Term, string Kind, decimal Score);
