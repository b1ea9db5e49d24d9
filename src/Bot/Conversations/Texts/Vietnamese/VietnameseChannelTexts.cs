namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseChannelTexts : IChannelTexts
{
    public string SharePhoneButton => "📱 Chia sẻ số điện thoại";

    public string AnswerWithNumber => "Trả lời bằng số:";

    public string AnswerWithLetter => "Trả lời bằng chữ:";

    public string NoPhoneOnZalo => "(Trên Zalo, phụ huynh và giáo viên xác minh bằng mã kích hoạt nhà trường gửi trong thư.)";

    public string NoDocumentOnZalo(string fileName) => $"(Tệp {fileName} chỉ gửi được qua Telegram; thầy cô có thể in từ máy của trường.)";
}
