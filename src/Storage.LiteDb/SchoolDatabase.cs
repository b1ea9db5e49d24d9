using LiteDB;
using SoLienLac.Files;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// The one shared <see cref="LiteDatabase"/> of the process. Every write goes through one lock and
/// one transaction: LiteDB 5.0.20 can damage its file when two writers touch different collections
/// and the process dies, and a set of changes must land whole or not at all.
/// </summary>
internal sealed class SchoolDatabase : IDisposable
{
    // One gate for reads and writes alike: LiteDB 5.0.x can serve a page being reused by another
    // thread to a concurrent reader (litedb-org/LiteDB#2817) — wrong data with no error — and two
    // writers touching different collections can damage the file. Monitor is re-entrant, so a
    // read inside a write is fine.
    private readonly object _gate = new();
    private readonly LiteDatabase _db;
    private readonly FileStream _ownership;
    private readonly ITimer _folding;

    /// <summary>
    /// LiteDB copies its log into the file (a checkpoint) on its own every 1,000 pages, inside whichever
    /// commit crosses the line: a parent's message waited 20–130 ms for it one time in 28. Here the log is
    /// copied on a timer instead, every <see cref="CheckpointEvery"/> when something was written — a page
    /// rewritten by many commits is copied once — and LiteDB's own only past <see cref="CheckpointPages"/>.
    /// </summary>
    private readonly ITimer _checkpointing;

    private static readonly TimeSpan CheckpointEvery = TimeSpan.FromSeconds(2);

    private const int CheckpointPages = 20_000;

    private bool _written;
    private SentJournal? _sent;

    /// <summary>
    /// The journal files of the last fold, deleted at the next one: LiteDB hands a commit's pages to a
    /// writer of its own, so a kill just after a commit could find them not yet written while the journal
    /// was already gone — a whole group of families sent twice. Kept one fold longer, they are replayed
    /// on the next start instead (marking a message sent again changes nothing).
    /// </summary>
    private IReadOnlyList<string> _folded = [];
    private bool _disposed;

    /// <summary>How long confirmed sends wait in <see cref="SentJournal"/> before one commit folds them in.</summary>
    private static readonly TimeSpan FoldEvery = TimeSpan.FromMilliseconds(250);

    private SchoolDatabase(LiteDatabase db, string path, FileStream ownership)
    {
        _db = db;
        Path = path;
        _ownership = ownership;
        _folding = TimeProvider.System.CreateTimer(_ => FoldOnTime(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _checkpointing = TimeProvider.System.CreateTimer(_ => CheckpointOnTime(), null, CheckpointEvery, CheckpointEvery);
    }

    public string Path { get; }

    /// <summary>Opens (creating if needed) the file, brings its schema up to date and makes the indexes.</summary>
    public static SchoolDatabase Open(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        PrivateFiles.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var ownership = TakeOwnership(fullPath);
        LiteDatabase db;
        try
        {
            // LiteDB would create the file and its log readable by everyone (umask 022): made 600 first, it opens them as they are.
            PrivateFiles.Claim(fullPath);
            PrivateFiles.Claim(LogOf(fullPath));
            PrivateFiles.Claim(fullPath + ".lock");
            db = new LiteDatabase(new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct });
            if (db.CheckpointSize != CheckpointPages) db.CheckpointSize = CheckpointPages;
        }
        catch
        {
            ownership.Dispose();
            throw;
        }
        var database = new SchoolDatabase(db, fullPath, ownership);
        try
        {
            Schema.Upgrade(database);
            database.OpenJournal();
        }
        catch
        {
            database.Dispose();
            throw;
        }
        return database;
    }

    public ILiteCollection<BsonDocument> Collection(string name) => _db.GetCollection(name);

    /// <summary>
    /// Records that the channel confirmed the message: in <see cref="SentJournal"/> at once (it survives
    /// the bot being killed), in the store with the others of its group within <see cref="FoldEvery"/>.
    /// </summary>
    public void MarkSent(string id, DateTimeOffset at)
    {
        if (_sent!.Append(id, at)) _folding.Change(FoldEvery, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Folds the sends journaled so far into the store in one commit; the outbox does this before reading or changing messages.</summary>
    public void FoldSentMarks()
    {
        if (_sent is not { HasPending: true } journal) return;
        lock (_gate)
        {
            if (_disposed) return;
            var (marks, files) = journal.TakeGroup();
            if (marks.Count == 0) return;
            try
            {
                Write(() => LiteDbOutbox.ApplySent(Collection(Collections.Outbox), marks));
            }
            catch
            {
                journal.PutBack(marks, files);
                throw;
            }
            foreach (var file in _folded) File.Delete(file);
            _folded = files;
        }
    }

    /// <summary>The timer's fold: one that fails (a full disk) is tried again a little later, its marks still in the journal.</summary>
    private void FoldOnTime()
    {
        try
        {
            FoldSentMarks();
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException)
        {
            _folding.Change(FoldEvery * 4, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The timer's checkpoint: the log copied into the file under the gate, when anything was written since.</summary>
    private void CheckpointOnTime()
    {
        try
        {
            lock (_gate)
            {
                if (_disposed || !_written) return;
                _written = false;
                _db.Checkpoint();
            }
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException)
        {
            // A full disk: the log keeps the commits, and LiteDB checkpoints on its own past its limit.
            _written = true;
        }
    }

    /// <summary>A query that must see every send confirmed so far (the outbox, its leases): the journal folded in first.</summary>
    public T FoldingRead<T>(Func<T> query)
    {
        FoldSentMarks();
        return Read(query);
    }

    private void OpenJournal()
    {
        var (journal, left, files) = SentJournal.Open(Path);
        if (left.Count > 0) Write(() => LiteDbOutbox.ApplySent(Collection(Collections.Outbox), left));
        foreach (var file in files) File.Delete(file);
        _sent = journal;
    }

    /// <summary>Runs a query alone, under the same gate as the writes; the query must finish (ToList) inside.</summary>
    public T Read<T>(Func<T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate) return query();
    }

    /// <summary>
    /// Many queries in a row under the gate, in one read-only transaction: LiteDB then opens one
    /// transaction and one snapshot a collection for all of them instead of one a query (a weekly
    /// summary reads six collections a student). Writes inside are not allowed; nothing is committed.
    /// </summary>
    public T ReadTogether<T>(Func<T> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        lock (_gate)
        {
            var began = _db.BeginTrans();
            try
            {
                return queries();
            }
            finally
            {
                if (began) _db.Rollback();
            }
        }
    }

    /// <summary>
    /// A consistent copy of the file while the bot keeps running: under the gate nothing reads or
    /// writes; LiteDB's log is folded into the file first, then the file is copied under a temporary
    /// name and moved into place. The bot waits meanwhile — milliseconds for a school's file, about a
    /// second for the 450 MB benchmark store. Returns the copy's size in bytes.
    /// </summary>
    /// <exception cref="ArgumentException">The target is this database's own file, log or lock file.</exception>
    public long CopyTo(string target)
    {
        var full = System.IO.Path.GetFullPath(target);
        if (OwnFiles().Contains(full, StringComparer.Ordinal))
            throw new ArgumentException($"{full} is one of the database's own files", nameof(target));
        lock (_gate)
        {
            FoldSentMarks();
            _db.Checkpoint();
            PrivateFiles.Write(full, copy =>
            {
                using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                file.CopyTo(copy);
            });
        }
        return new FileInfo(full).Length;
    }

    /// <summary>The file, LiteDB's log beside it (<c>school-log.db</c>) and the lock file.</summary>
    private IEnumerable<string> OwnFiles()
    {
        yield return Path;
        yield return LogOf(Path);
        yield return Path + ".lock";
    }

    private static string LogOf(string path) => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!,
        System.IO.Path.GetFileNameWithoutExtension(path) + "-log" + System.IO.Path.GetExtension(path));

    public int UserVersion
    {
        get => _db.UserVersion;
        set => _db.UserVersion = value;
    }

    /// <summary>Runs the action as the only writer, in one transaction committed at the end.</summary>
    public void Write(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate)
        {
            _db.BeginTrans();
            try
            {
                action();
                _db.Commit();
                _written = true;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    public void Dispose()
    {
        _folding.Dispose();
        _checkpointing.Dispose();
        lock (_gate)
        {
            FoldSentMarks();
            _disposed = true;
        }
        _sent?.Dispose();
        _db.Dispose();
        // Closed cleanly, the file holds every mark.
        foreach (var file in _folded) File.Delete(file);
        _ownership.Dispose();
    }

    /// <summary>
    /// LiteDB's direct mode does not stop a second process from opening the same file, and two
    /// writers would damage it: a lock file held open with no sharing makes the second one fail at once.
    /// </summary>
    private static FileStream TakeOwnership(string fullPath)
    {
        try
        {
            return new FileStream(fullPath + ".lock", PrivateFiles.Options(FileMode.OpenOrCreate, FileAccess.ReadWrite));
        }
        catch (IOException e)
        {
            throw new StoreBusyException(fullPath, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StoreNotAllowedException(fullPath, e);
        }
    }
}
