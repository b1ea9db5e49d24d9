namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>What the bot says about personal data: the consent's buttons and answers, a parent's own data.</summary>
public interface IPrivacyTexts
{
    /// <summary>The chat app's name as the consent text says it ("Telegram", "Zalo").</summary>
    string Platform(string channel);

    /// <summary>Where that app's servers are, in brackets, as the consent text says it.</summary>
    string WhereServersAre(string channel);

    string AgreeButton { get; }

    string DeclineButton { get; }

    string WithdrawButton { get; }

    /// <summary>Above the text when it is shown again because the school changed it.</summary>
    string ChangedText { get; }

    string Agreed { get; }

    string Declined { get; }

    string Withdrawn { get; }

    /// <summary><c>/dulieu</c>'s consent line: agreed at <paramref name="at"/> (local, formatted) to version <paramref name="version"/>.</summary>
    string ConsentInForce(string at, string version);

    string NoConsent { get; }

    string MyDataHeading { get; }

    /// <summary>The guardian the chat proved it is, as on the school's list.</summary>
    string YouAre(string name, string relation, string phone, string child);

    /// <summary>A chat linked with the school's activation code: no phone was used.</summary>
    string LinkedByCode(string child);

    /// <summary>This chat: its platform and since when it is linked.</summary>
    string ThisChat(string platform, string since);

    string LeaveRequests(int count);

    /// <summary>The messages this chat wrote to teachers, and their answers to it, kept with the threads.</summary>
    string TalkMessages(int written, int answers);

    /// <summary>What is kept about the child, and for how long; and about the parent.</summary>
    string WhatIsKept { get; }

    /// <summary>The answer to <c>/xoadulieu</c>: what will be erased, by when, what stays and why, and the backups.</summary>
    string ErasureAcknowledged(string deadline, int backupNights);

    string ErasureAlreadyAsked(string deadline);

    /// <summary>To the school's admins: a family asked for erasure (the child named, never the chat), to confirm.</summary>
    string ErasureForAdmins(string children, string deadline);

    string ErasureConfirmButton { get; }

    /// <summary>Under the admins' notice: how to record a lawful reason to keep the parent's correspondence.</summary>
    string ErasureKeepHint(string command);

    /// <summary>To the parent, at once: what is kept, why (the admin's words), and that everything else goes by the deadline.</summary>
    string ErasureKeeps(string reason, string deadline);

    /// <summary>To the admin: the reason is recorded, the parent told; confirm to erase the rest now.</summary>
    string ErasureKeepRecorded { get; }

    string ErasureKeepNeedsReason { get; }

    string Erased(int records);

    string ErasureNotFound { get; }

    string ErasureAdminsOnly { get; }

    /// <summary>Above the staff who read the child's records this school year.</summary>
    string WhoLooked(string child);

    string NobodyLooked { get; }

    /// <summary>One member of staff: their name (or the school's machine user), how they read, when last, how many hours.</summary>
    string LookedLine(string who, bool atTheMachine, string what, string last, int hours);
}
