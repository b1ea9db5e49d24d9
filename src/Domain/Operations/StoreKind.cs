namespace SoLienLac.Domain.Operations;

/// <summary>
/// Every kind of record a store keeps, in the order a transfer carries them (a kind only after the
/// kinds its records point to). Instances are not among them: they are the running processes, not data.
/// </summary>
public enum StoreKind
{
    Students,
    Guardians,
    Teachers,
    TeacherAssignments,
    Marks,
    Absences,
    Conduct,
    Remarks,
    ParentLinks,
    StaffLinks,
    Audit,
    ActivationCodes,
    VerificationFailures,
    LeaveRequests,
    Notices,
    Acknowledgements,
    Chats,
    ParentSettings,
    PendingFiles,
    StandingChoices,
    Outbox,
    ChannelCursors,
    UpdatesBegun,
    JobRuns,
    Consents,
    AccessLog,
    ErasureRequests,
    TalkMessages,
    TalkMutes,
    OfficeHours,
    Polls,
    PollAnswers,
    RecordStamps,
    Schools,
}
