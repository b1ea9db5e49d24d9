using SoLienLac.Bot.School;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Cli;

/// <summary>A linked chat as <c>links</c> prints it: the chat, since when, how it was verified, and whether it still holds.</summary>
internal static class LinkLines
{
    public static string Of(ChatAddress chat, DateTimeOffset linkedAt, string proof, DateTimeOffset? endedAt, SchoolCalendar calendar) =>
        $"  {chat,-24} từ {VietnameseFormat.Moment(calendar.ToLocal(linkedAt))}  {proof,-32}  " +
        (endedAt is { } ended ? $"đã kết thúc {VietnameseFormat.Moment(calendar.ToLocal(ended))}" : "đang hoạt động");

    public static string Proof(LinkProof proof, string? phone) => proof switch
    {
        LinkProof.ActivationCode => "bằng mã kích hoạt",
        _ when phone is not null && Domain.Guardians.PhoneNumber.TryParse(phone, out var p) => $"bằng số điện thoại {p.Display}",
        _ => "bằng số điện thoại",
    };
}
