namespace SoLienLac.Bot.Storage.LiteDb;

/// <summary>The names of the collections in the school's LiteDB file.</summary>
internal static class Collections
{
    public const string Students = "students";
    public const string Guardians = "guardians";
    public const string Teachers = "teachers";
    public const string Grades = "grades";
    public const string Absences = "absences";
    public const string Conduct = "conduct";
    public const string Remarks = "remarks";
    public const string Audit = "audit";
}
