using NpgsqlTypes;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// Where each kind of <see cref="StoreRows"/> lives: the table, whose columns carry the fields' names,
/// and the order it is read out in. The <c>seq</c> and identity columns are not carried: rows copied
/// in their order of writing get them afresh, in the same order.
/// </summary>
internal static class TransferTables
{
    public static IReadOnlyList<TransferTable> All { get; } =
    [
        new(StoreKind.Students, "students", "code"),
        new(StoreKind.Guardians, "guardians", "student, position"),
        new(StoreKind.Teachers, "teachers", "code"),
        new(StoreKind.TeacherAssignments, "teacher_assignments", "teacher, position"),
        new(StoreKind.Marks, "marks", "seq"),
        new(StoreKind.Absences, "absences", "student, day, session"),
        new(StoreKind.Conduct, "conduct", "student, term"),
        new(StoreKind.Remarks, "remarks", "seq"),
        new(StoreKind.ParentLinks, "parent_links", "seq"),
        new(StoreKind.StaffLinks, "staff_links", "seq"),
        new(StoreKind.Audit, "audit", "seq"),
        new(StoreKind.ActivationCodes, "activation_codes", "holder"),
        new(StoreKind.VerificationFailures, "verification_failures", "id"),
        new(StoreKind.LeaveRequests, "leave_requests", "created_at, id"),
        new(StoreKind.Notices, "notices", "created_at, id"),
        new(StoreKind.Acknowledgements, "acknowledgements", "notice, student, chat"),
        new(StoreKind.Chats, "chats", "chat"),
        new(StoreKind.ParentSettings, "parent_settings", "chat"),
        new(StoreKind.PendingFiles, "pending_files", "chat"),
        new(StoreKind.StandingChoices, "standing_choices", "chat, key"),
        new(StoreKind.Outbox, "outbox", "id"),
        new(StoreKind.ChannelCursors, "channel_cursors", "channel"),
        new(StoreKind.UpdatesBegun, "updates_begun", "key"),
        new(StoreKind.JobRuns, "job_runs", "run"),
        new(StoreKind.Consents, "consents", "seq"),
        new(StoreKind.AccessLog, "access_log", "student, who, what, hour"),
        new(StoreKind.ErasureRequests, "erasure_requests", "requested_at, id"),
        new(StoreKind.TalkMessages, "talk_messages", "at, id"),
        new(StoreKind.TalkMutes, "talk_mutes", "student, teacher"),
        new(StoreKind.OfficeHours, "office_hours", "teacher"),
        new(StoreKind.Polls, "polls", "created_at, id"),
        new(StoreKind.PollAnswers, "poll_answers", "poll, student"),
        new(StoreKind.RecordStamps, "record_stamps", "student, kind"),
        new(StoreKind.Schools, "schools", "code"),
    ];

    public static TransferTable Of(StoreKind kind) => All.Single(t => t.Kind == kind);
}

internal sealed record TransferTable(StoreKind Kind, string Table, string OrderBy)
{
    public IReadOnlyList<StoreField> Fields => StoreRows.FieldsOf(Kind);

    public string Columns => string.Join(", ", Fields.Select(f => f.Name));

    /// <summary>The column's type: the neutral type's, but a term is a <c>smallint</c>.</summary>
    public static NpgsqlDbType TypeOf(StoreField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Name == "term") return NpgsqlDbType.Smallint;
        return field.Type switch
        {
            var t when t == typeof(string) => NpgsqlDbType.Text,
            var t when t == typeof(bool) => NpgsqlDbType.Boolean,
            var t when t == typeof(int) => NpgsqlDbType.Integer,
            var t when t == typeof(long) => NpgsqlDbType.Bigint,
            var t when t == typeof(decimal) => NpgsqlDbType.Numeric,
            var t when t == typeof(Guid) => NpgsqlDbType.Uuid,
            var t when t == typeof(DateOnly) => NpgsqlDbType.Date,
            var t when t == typeof(TimeOnly) => NpgsqlDbType.Time,
            var t when t == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
            var t when t == typeof(byte[]) => NpgsqlDbType.Bytea,
            var t when t == typeof(DateOnly[]) => NpgsqlDbType.Array | NpgsqlDbType.Date,
            var t when t == typeof(string[]) => NpgsqlDbType.Array | NpgsqlDbType.Text,
            _ => throw new ArgumentException($"no column type for {field.Type}", nameof(field)),
        };
    }
}
