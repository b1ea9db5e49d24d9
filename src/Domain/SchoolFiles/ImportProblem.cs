namespace SoLienLac.Domain.SchoolFiles;

/// <summary>Why a cell of a school file was refused. The bot's text catalogue says it in words.</summary>
public enum ImportProblem
{
    MissingColumn,
    Required,
    InvalidStudentCode,
    InvalidDate,
    InvalidClass,
    InvalidPhone,
    PhoneReservedForDemo,
    InvalidStatus,
    LeftOnNeedsStatus,
    StatusNeedsLeftOn,
    InvalidRole,
    InvalidTeacherStatus,
    AdminTakesNoClass,
    ClassNotOnRoster,
    SecondHomeroom,
    PhoneOfAnotherTeacher,
    InvalidTerm,
    InvalidKind,
    UnknownSubject,
    ScoreNotANumber,
    ScoreOutOfRange,
    ScoreTooManyDecimals,
    CommentInScoredSubject,
    ScoreInCommentSubject,
    TooManyRegular,
    InvalidSession,
    InvalidExcused,
    InvalidLevel,
    UnknownStudent,
    Conflicting,
    OutsideSchoolYear,
    EmptyFile,
    NotAssigned,
    TooManyRows,

    /// <summary>Not a workbook or a CSV file that can be read at all.</summary>
    Unreadable,

    /// <summary>An .xlsx that would unpack to more than the reader opens (a decompression bomb, or far too big a file).</summary>
    ExpandsTooMuch,

    /// <summary>A school code that is not one of the store's schools (<c>schools add</c>).</summary>
    UnknownSchool,

    /// <summary>A row for another school than the one the file is imported for (<c>--school</c>).</summary>
    OtherSchool,

    /// <summary>A student (or their code) of another school of the deployment: codes are unique across schools.</summary>
    StudentOfAnotherSchool,

    /// <summary>A cell longer than <see cref="ImportRow.MaxCellLength"/>: no code, name, date or score is.</summary>
    CellTooLong,
}

/// <summary>
/// A refused cell: the line of the file, the column, the value found, the problem, and a detail
/// (the other line of a duplicate, the subject of a mismatched mark, the school year).
/// </summary>
public sealed record ImportError(int Line, string Column, string? Value, ImportProblem Problem, string? Detail = null);
