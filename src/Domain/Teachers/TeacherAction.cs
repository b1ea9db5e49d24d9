namespace SoLienLac.Domain.Teachers;

/// <summary>What a member of staff may ask to do; <see cref="Authorization"/> says whether they may.</summary>
public enum TeacherAction
{
    EnterScores,
    RecordAttendance,
    SetConduct,
    WriteRemark,
    SendClassNotice,
    SendSchoolNotice,
    DecideLeave,
    ViewHistory,
    ViewClass,
}

/// <summary>Why an action was refused.</summary>
public enum Refusal
{
    NotAssigned,
    AdminOnly,
    TermClosed,
    ReasonRequired,
}
