using SoLienLac.Domain.Common;

namespace SoLienLac.Bot.Demo;

/// <summary>What a homeroom teacher writes in the contact book, chosen to fit the student.</summary>
internal static class DemoRemarks
{
    private static readonly string[] Strong =
    [
        "Em chăm ngoan, học tốt, tích cực phát biểu xây dựng bài. Mong em tiếp tục phát huy.",
        "Em có ý thức tự giác cao, hoàn thành tốt các nhiệm vụ học tập và hay giúp đỡ bạn bè.",
        "Em học đều các môn, kết quả giữa kì rất tốt. Gia đình tiếp tục động viên em nhé.",
    ];

    private static readonly string[] Steady =
    [
        "Em ngoan, lễ phép, đi học đúng giờ. Em cần mạnh dạn phát biểu hơn trong giờ học.",
        "Em có tiến bộ so với đầu năm, cần đầu tư thêm cho môn Toán và Tiếng Anh.",
        "Em hòa đồng với bạn bè, tham gia tích cực các hoạt động của lớp.",
    ];

    private static readonly string[] Struggling =
    [
        "Em cần tập trung hơn trong giờ học và hoàn thành đầy đủ bài tập về nhà.",
        "Kết quả giữa kì của em chưa tốt. Gia đình nhắc em dành thêm thời gian ôn bài mỗi tối.",
        "Em còn hay quên đồ dùng học tập, mong gia đình phối hợp nhắc nhở em.",
    ];

    private static readonly string[] Behaviour =
    [
        "Em còn nói chuyện riêng trong giờ học, mong gia đình phối hợp nhắc nhở em.",
        "Em cần chấp hành nghiêm nội quy của trường và lớp, không đi học muộn.",
    ];

    private const string OftenAbsent =
        "Em đã nghỉ học nhiều buổi trong học kì, số buổi nghỉ gần đến mức ảnh hưởng việc lên lớp. Đề nghị gia đình liên hệ với giáo viên chủ nhiệm.";

    public static string For(Random random, DemoProfile student, Level conduct)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(student);
        if (student.IsOftenAbsent) return OftenAbsent;
        if (conduct <= Level.Dat) return random.Pick(Behaviour);
        return random.Pick(student.Ability switch
        {
            >= 8.0 => Strong,
            >= 6.3 => Steady,
            _ => Struggling,
        });
    }
}
