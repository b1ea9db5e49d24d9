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

    private SchoolDatabase(LiteDatabase db, string path, FileStream ownership)
    {
        _db = db;
        Path = path;
        _ownership = ownership;
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
        }
        catch
        {
            database.Dispose();
            throw;
        }
        return database;
    }

    public ILiteCollection<BsonDocument> Collection(string name) => _db.GetCollection(name);

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
        _db.Dispose();
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
