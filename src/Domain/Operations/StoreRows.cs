namespace SoLienLac.Domain.Operations;

/// <summary>
/// The neutral rows of a transfer: the fields of each kind, in order. Both engines read and write
/// exactly these, so neither needs to know the other's layout.
/// </summary>
public static class StoreRows
{
    private static readonly Dictionary<StoreKind, StoreField[]> Fields = new()
    {
        [StoreKind.Students] = [Text("code"), Text("full_name"), Date("date_of_birth"), Text("class"), Text("status"), Date("left_on", true)],
        [StoreKind.Guardians] = [Text("student"), Int("position"), Text("full_name"), Text("phone", true), Text("relation")],
        [StoreKind.Teachers] = [Text("code"), Text("full_name"), Text("phone", true), Bool("has_left")],
        [StoreKind.TeacherAssignments] =
            [Text("teacher"), Int("position"), Text("role"), Text("class", true), Text("subject", true), Text("school", true)],
        [StoreKind.Marks] =
        [
            Text("student"), Text("subject"), Int("term"), Text("col"), new("score", typeof(decimal), true), Bool("passed", true),
            Time("recorded_at", true),
        ],
        [StoreKind.Absences] = [Text("student"), Date("day"), Text("session"), Bool("excused")],
        [StoreKind.Conduct] = [Text("student"), Int("term"), Text("level")],
        [StoreKind.Remarks] = [Id("id"), Text("student"), Int("term"), Date("written_on"), Text("teacher"), Text("body")],
        [StoreKind.ParentLinks] = [Text("chat"), Text("student"), Text("proof"), Text("phone", true), Time("linked_at"), Time("ended_at", true)],
        [StoreKind.StaffLinks] = [Text("chat"), Text("teacher"), Text("proof"), Time("linked_at"), Time("ended_at", true)],
        [StoreKind.Audit] =
        [
            Id("id"), Time("at"), Text("actor"), Text("channel"), Text("student", true), Text("what"), Text("old_value", true),
            Text("new_value", true), Text("reason", true),
        ],
        [StoreKind.ActivationCodes] = [Text("holder"), Text("salt"), Text("hash"), Date("expires_on"), Time("used_at", true), Text("used_by", true)],
        [StoreKind.VerificationFailures] = [Text("chat"), Time("at"), Text("against", true)],
        [StoreKind.LeaveRequests] =
        [
            Id("id"), Text("student"), Text("chat"), new("dates", typeof(DateOnly[])), new("sessions", typeof(string[])), Text("reason"),
            Time("created_at"), Text("status"), Text("decided_by", true), Time("decided_at", true),
        ],
        [StoreKind.Notices] =
        [
            Id("id"), Text("class", true), Text("text"), Text("author"), Time("created_at"), Time("publish_at"), Bool("urgent"),
            Time("delivered_at", true), Text("school", true),
        ],
        [StoreKind.Acknowledgements] = [Id("notice"), Text("student"), Text("chat"), Time("at")],
        [StoreKind.Chats] = [Text("chat"), Text("flow", true), Text("selected", true), Text("offer", true), Text("language", true), Time("touched")],
        [StoreKind.ParentSettings] =
        [
            Text("chat"), Text("score_alerts"), Bool("weekly_summary"), new("quiet_from", typeof(TimeOnly), true),
            new("quiet_until", typeof(TimeOnly), true),
        ],
        [StoreKind.PendingFiles] = [Text("chat"), Text("file_name"), new("content", typeof(byte[])), Time("kept_at")],
        [StoreKind.StandingChoices] = [Text("chat"), Text("key"), Text("label"), Text("command"), Time("expires_at")],
        [StoreKind.Outbox] =
        [
            Text("id"), Text("chat"), Text("body"), Time("created_at"), Time("not_before"), Text("status"), Int("attempts"),
            Time("sent_at", true), Text("error", true), Text("for_holder", true),
        ],
        [StoreKind.ChannelCursors] = [Text("channel"), new("position", typeof(long))],
        [StoreKind.UpdatesBegun] = [Text("key"), Time("begun_at")],
        [StoreKind.JobRuns] = [Text("run"), Time("done_at")],
        [StoreKind.Consents] = [Text("chat"), Text("person"), Time("at"), Text("version"), Text("decision")],
        [StoreKind.ErasureRequests] =
        [
            Id("id"), Text("chat"), Time("requested_at"), Time("deadline"), Text("status"), Time("done_at", true), Text("done_by", true), Int("records"),
            Text("kept_reason", true),
        ],
        [StoreKind.AccessLog] = [Text("student"), Text("who"), Text("name"), Text("role"), Text("channel"), Text("what"), Time("hour")],
        [StoreKind.TalkMessages] =
        [
            Id("id"), Text("student"), Text("teacher"), Bool("from_parent"), Text("chat"), Text("text"), Time("at"), Time("deliver_at"),
            Time("reported_at", true),
        ],
        [StoreKind.TalkMutes] = [Text("student"), Text("teacher"), Time("until"), Time("at")],
        [StoreKind.OfficeHours] = [Text("teacher"), new("opens", typeof(TimeOnly)), new("closes", typeof(TimeOnly))],
        [StoreKind.Polls] =
        [
            Id("id"), Text("class", true), Text("question"), new("options", typeof(string[])), Text("created_by"), Time("created_at"),
            Time("closes_at", true), Time("closed_at", true), Text("school", true),
        ],
        [StoreKind.PollAnswers] = [Id("poll"), Text("student"), Int("option"), Text("chat"), Time("at")],
        [StoreKind.RecordStamps] = [Text("student"), Text("kind"), Time("at")],
        [StoreKind.Schools] =
        [
            Text("code"), Text("name"), Time("added_at"), Date("term_two_starts_on", true), Text("closed_terms", true), Text("phone", true),
            Text("authority", true),
        ],
    };

    /// <summary>
    /// A time a store kept before it recorded one (a chat's last touch, a kept file's): the oldest
    /// instant, which every "untouched since" counts as old, as the store did.
    /// </summary>
    public static readonly DateTimeOffset Unknown = DateTimeOffset.UnixEpoch;

    public static IReadOnlyList<StoreField> FieldsOf(StoreKind kind) => Fields[kind];

    /// <summary>Every kind, in the order a transfer carries them.</summary>
    public static IReadOnlyList<StoreKind> Kinds { get; } = Enum.GetValues<StoreKind>();

    private static StoreField Text(string name, bool nullable = false) => new(name, typeof(string), nullable);

    private static StoreField Int(string name) => new(name, typeof(int));

    private static StoreField Bool(string name, bool nullable = false) => new(name, typeof(bool), nullable);

    private static StoreField Date(string name, bool nullable = false) => new(name, typeof(DateOnly), nullable);

    private static StoreField Time(string name, bool nullable = false) => new(name, typeof(DateTimeOffset), nullable);

    private static StoreField Id(string name) => new(name, typeof(Guid));
}
