namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseConductTexts : IConductTexts
{
    public string Heading => "🏅 Rèn luyện";

    public string NotAssessed => "chưa đánh giá";

    public string NoRemarks => "Chưa có nhận xét nào của giáo viên.";

    public string RemarksHeading => "Nhận xét của giáo viên:";
}
