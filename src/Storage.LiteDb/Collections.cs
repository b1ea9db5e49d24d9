namespace SoLienLac.Storage.LiteDb;

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
    public const string ParentLinks = "parent_links";
    public const string StaffLinks = "staff_links";
    public const string ActivationCodes = "activation_codes";
    public const string VerificationFailures = "verification_failures";
    public const string Notices = "notices";
    public const string Acknowledgements = "acknowledgements";
    public const string Chats = "chats";
    public const string Cursors = "channel_cursors";
    public const string LeaveRequests = "leave_requests";
    public const string PendingFiles = "pending_files";
    public const string Outbox = "outbox";
    public const string ParentSettings = "parent_settings";
    public const string JobRuns = "job_runs";
    public const string StandingChoices = "standing_choices";
    public const string UpdatesBegun = "updates_begun";
    public const string Instances = "instances";
    public const string Consents = "consents";
    public const string AccessLog = "access_log";
    public const string ErasureRequests = "erasure_requests";
    public const string TalkMessages = "talk_messages";
    public const string TalkMutes = "talk_mutes";
    public const string OfficeHours = "office_hours";
    public const string Polls = "polls";
    public const string PollAnswers = "poll_answers";
    public const string RecordStamps = "record_stamps";
    public const string Schools = "schools";
    public const string SenderLeases = "sender_leases";
}
