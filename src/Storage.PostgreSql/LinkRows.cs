using System.Data.Common;
using Npgsql;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>Links read back, and the upserts that save them (alone, or among a set of changes).</summary>
internal static class LinkRows
{
    public const string ParentColumns = "chat, student, proof, phone, linked_at, ended_at";

    public static ParentLink Parent(DbDataReader r) =>
        new(ChatAddress.Parse(r.GetString(0)), StudentCode.Parse(r.GetString(1)), Proof(r.GetString(2)), r.NullableString(3),
            r.GetFieldValue<DateTimeOffset>(4), r.NullableTime(5));

    public const string StaffColumns = "chat, teacher, linked_at, proof, ended_at";

    public static StaffLink Staff(DbDataReader r) =>
        new(ChatAddress.Parse(r.GetString(0)), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), Proof(r.GetString(3)), r.NullableTime(4));

    /// <summary>Saving a link again replaces it whole, keeping its place (<c>seq</c>) among the chat's and the student's.</summary>
    public static NpgsqlCommand SaveParents(IReadOnlyCollection<ParentLink> links) =>
        new NpgsqlCommand(
            """
            INSERT INTO parent_links (chat, student, proof, phone, linked_at, ended_at)
            SELECT * FROM unnest(@chats, @students, @proofs, @phones, @linked, @ended)
            ON CONFLICT (chat, student) DO UPDATE SET proof = excluded.proof, phone = excluded.phone,
                linked_at = excluded.linked_at, ended_at = excluded.ended_at
            """)
            .With("chats", links.Select(l => l.Chat.Key).ToArray())
            .With("students", links.Select(l => l.Student.Value).ToArray())
            .With("proofs", links.Select(l => l.Proof.ToString()).ToArray())
            .With("phones", links.Select(l => l.Phone).ToArray())
            .With("linked", links.Select(l => l.LinkedAt.ToUniversalTime()).ToArray())
            .With("ended", links.Select(l => l.EndedAt?.ToUniversalTime()).ToArray());

    public static NpgsqlCommand SaveStaff(IReadOnlyCollection<StaffLink> links) =>
        new NpgsqlCommand(
            """
            INSERT INTO staff_links (chat, teacher, proof, linked_at, ended_at)
            SELECT * FROM unnest(@chats, @teachers, @proofs, @linked, @ended)
            ON CONFLICT (chat) DO UPDATE SET teacher = excluded.teacher, proof = excluded.proof,
                linked_at = excluded.linked_at, ended_at = excluded.ended_at
            """)
            .With("chats", links.Select(l => l.Chat.Key).ToArray())
            .With("teachers", links.Select(l => l.TeacherCode).ToArray())
            .With("proofs", links.Select(l => l.Proof.ToString()).ToArray())
            .With("linked", links.Select(l => l.LinkedAt.ToUniversalTime()).ToArray())
            .With("ended", links.Select(l => l.EndedAt?.ToUniversalTime()).ToArray());

    private static LinkProof Proof(string stored) =>
        Enum.TryParse<LinkProof>(stored, out var proof) && Enum.IsDefined(proof) ? proof : throw Rows.Damaged("links", "proof", stored);
}
