using System.Text.Json.Serialization;

namespace SoLienLac.Bot.Conversations.State;

/// <summary>
/// Where a chat is in a multi-step flow. Each flow's steps are records deriving from this one;
/// they are saved per chat (as JSON with a type name) so a restart mid-flow picks up where it was.
/// New steps register here with their own stable name.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$step")]
[JsonDerivedType(typeof(Verify.AwaitingStudentCode), "verify.student-code")]
[JsonDerivedType(typeof(Verify.AwaitingProof), "verify.proof")]
[JsonDerivedType(typeof(Teaching.AwaitingScores), "scores.lines")]
[JsonDerivedType(typeof(Teaching.ConfirmingScores), "scores.confirm")]
[JsonDerivedType(typeof(Teaching.AwaitingAbsences), "absences.lines")]
[JsonDerivedType(typeof(Teaching.ConfirmingAbsences), "absences.confirm")]
[JsonDerivedType(typeof(Leave.AwaitingLeave), "leave.text")]
[JsonDerivedType(typeof(Notices.ConfirmingNotice), "notice.confirm")]
[JsonDerivedType(typeof(Teaching.ConfirmingConduct), "conduct.confirm")]
[JsonDerivedType(typeof(Teaching.ConfirmingRemark), "remark.confirm")]
[JsonDerivedType(typeof(Teaching.ConfirmingFile), "file.confirm")]
public abstract record FlowState;
