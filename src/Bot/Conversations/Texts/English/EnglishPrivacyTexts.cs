namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishPrivacyTexts : IPrivacyTexts
{
    public string Platform(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "zalo" => "Zalo",
        _ => "the chat app",
    };

    public string WhereServersAre(string channel) => channel switch
    {
        "telegram" => "(Telegram FZ-LLC, servers outside Vietnam)",
        "zalo" => "(VNG Corporation, servers in Vietnam)",
        _ => "(the school's own computer)",
    };

    public string AgreeButton => "✅ I agree";

    public string DeclineButton => "I do not agree";

    public string WithdrawButton => "Withdraw consent";

    public string ChangedText => "The school has updated the text below. Please read it and choose again before going on.";

    public string Agreed =>
        "✅ Thank you. You can now see your child's contact book: /grades, /attendance, /conduct, /week, /notices. " +
        "To review or withdraw your consent: /mydata.";

    public string Declined =>
        "The school has unlinked this chat: none of your child's records is shown or sent here. " +
        "You still get the paper contact book as before — ask the homeroom teacher or the school office. " +
        "To use the bot later: /start.";

    public string Withdrawn =>
        "Consent withdrawn and the chat unlinked: from now on none of your child's records is shown or sent here. " +
        "You still get the paper contact book as before. To use the bot later: /start.";

    public string ConsentInForce(string at, string version) => $"Consent to processing: agreed at {at} (version {version}).";

    public string NoConsent => "Consent to processing: not given.";

    public string MyDataHeading => "🔒 Your personal data";

    public string YouAre(string name, string relation, string phone, string child) =>
        $"• Parent: {name} ({relation}) of {child}, phone on the school's list: {phone}";

    public string LinkedByCode(string child) => $"• Linked with {child} by the school's activation code (no phone used).";

    public string ThisChat(string platform, string since) => $"• This chat: {platform}, linked since {since}";

    public string LeaveRequests(int count) => $"• Leave requests you sent: {count}";

    public string TalkMessages(int written, int answers) =>
        $"• Messages you wrote to teachers: {written}; teachers' answers: {answers} (read them with /message; the school's leadership can read them too)";

    public string WhatIsKept =>
        "How long: links, settings, consent, messages and the access log are deleted a year after your child leaves the school; " +
        "sent messages after 180 days. Your child's scores, attendance, conduct and remarks are the school's records, kept as the law requires " +
        "(see them with /grades, /attendance, /conduct).";

    public string ErasureAcknowledged(string deadline, int backupNights) =>
        $"🗑 The school has received your request to erase your data and will do it by {deadline}: this chat's links, settings, consent, " +
        "leave requests, messages and access log; after that the bot sends nothing here. " +
        "Your child's scores, attendance, conduct and remarks and the school's list of parents are the school's records and are kept as the law requires. " +
        $"Older backups expire after {backupNights} nights.";

    public string ErasureAlreadyAsked(string deadline) => $"Your request to erase your data is recorded; the school will do it by {deadline}.";

    public string ErasureForAdmins(string children, string deadline) =>
        $"🗑 The parent of {children} asks for their personal data to be erased. Deadline: {deadline} (the bot erases it then). Confirm to erase now.";

    public string ErasureKeepHint(string command) =>
        $"If the school has a lawful reason to keep the parent's correspondence (messages to teachers, leave requests), record it: {command} <reason>. The parent is told the reason.";

    public string ErasureKeeps(string reason, string deadline) =>
        $"ℹ️ About your erasure request: the school keeps the messages you wrote to teachers and your leave requests, no longer tied to this chat, because: {reason}. " +
        $"Everything else is still erased by {deadline}. You may ask the school about it.";

    public string ErasureKeepRecorded => "📝 The reason is recorded and the parent told. Press «Confirm erasure» to erase the rest now (otherwise the bot does it before the deadline).";

    public string ErasureKeepNeedsReason => "A reason is needed: /erase giulai <id> <the lawful reason>.";

    public string ErasureConfirmButton => "Confirm erasure";

    public string Erased(int records) => $"✅ Erased as requested ({records} records).";

    public string ErasureNotFound => "No erasure request is waiting under this code.";

    public string ErasureAdminsOnly => "Only the school's admins can confirm an erasure request.";

    public string WhoLooked(string child) => $"Who looked at {child}'s records this school year:";

    public string NobodyLooked => "• no member of staff yet.";

    public string LookedLine(string who, bool atTheMachine, string what, string last, int hours) =>
        $"• {(atTheMachine ? "The school (" + who + ", at the computer)" : "Teacher " + who)}: {What(what)}, last {last}{(hours > 1 ? $" ({hours} times)" : "")}";

    private static string What(string what) => what switch
    {
        "lop" => "class overview",
        "lichsu" => "change history",
        "results" => "learning results",
        "report" => "printed contact book",
        "export" => "data export",
        _ => what,
    };
}
