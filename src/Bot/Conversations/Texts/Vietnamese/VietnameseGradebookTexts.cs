using System.Globalization;
using System.Text;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseGradebookTexts : IGradebookTexts
{
    public string Formats => "Bot nhận bảng điểm dạng .xlsx hoặc .csv, với các cột student_code, subject, term, kind, score.";

    public string Waiting => "Bảng điểm đang chờ: bấm «Xác nhận» để lưu, hoặc /huy.";

    public string FixAndResend => "\nSửa tệp rồi gửi lại.";

    public string PreviewEnd => "\n\nChưa lưu gì. Bấm «Xác nhận» để lưu, hoặc «Hủy».";

    public string TooLarge(string file, int megabytes) => $"Tệp {file} lớn quá {megabytes} MB. Thầy cô gửi từng lớp một nhé.";

    public string TooManyRows(string file, int rows) =>
        $"Tệp {file} có quá {VietnameseFormat.Number(rows)} dòng. Thầy cô gửi từng lớp một, hoặc nhờ giáo vụ nhập bằng lệnh import.";

    public string Refused(string file, int errors) => $"❌ Tệp {file} có {errors} lỗi — chưa lưu gì:";

    public string BadCell(string file, ImportError problem) => ImportMessages.Describe(file, problem);

    public string MoreErrors(int more) => $"\n… và {more} lỗi khác.";

    public string NoLongerValid(string file) => $"Tệp {file} không còn hợp lệ; hãy gửi lại.";

    public string Saved(string file, int added, int changed) => $"✅ Đã lưu bảng điểm {file}: {added} điểm mới, {changed} điểm sửa.";

    public string Preview(string file, int rows, int added, int changed, int unchanged) =>
        $"📝 Xem trước bảng điểm {file}: {rows} dòng — {added} điểm mới, {changed} điểm sửa, {unchanged} không đổi.";
}
