using System.Globalization;
using System.Text;
using System.Text.Json;
using SoLienLac.Files;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// Marks of messages the channel confirmed, written to a small file beside the store before they are
/// folded into it in groups. A LiteDB commit flushes the file to the disk (milliseconds); a line
/// written here reaches the operating system in one write and survives the bot being killed — only
/// the machine losing power could forget it, and then a message goes once more. So the sender can
/// mark every message the moment it is confirmed (at most the one in flight is sent twice after a
/// kill) and still run at a thousand a second: the store commits a group a quarter of a second.
/// Each file is the marks of one group (<c>school-sent-N.log</c>); one left by a killed bot is folded
/// in when the store opens next, before anything is leased.
/// </summary>
internal sealed class SentJournal : IDisposable
{
    private readonly Lock _lock = new();
    private readonly string _folder;
    private readonly string _prefix;
    private List<(string Id, DateTimeOffset At)> _pending = [];
    private List<string> _closed = [];
    private FileStream? _file;
    private int _next;

    private SentJournal(string databasePath)
    {
        _folder = Path.GetDirectoryName(databasePath)!;
        _prefix = Path.GetFileNameWithoutExtension(databasePath) + "-sent-";
    }

    /// <summary>The journal beside the store, and the marks its files hold (left by a bot that was killed).</summary>
    public static (SentJournal Journal, IReadOnlyList<(string Id, DateTimeOffset At)> Left, IReadOnlyList<string> Files) Open(string databasePath)
    {
        var journal = new SentJournal(databasePath);
        var files = journal.Files().ToList();
        var left = files.SelectMany(Read).ToList();
        journal._next = files.Count == 0 ? 0 : files.Max(journal.NumberOf) + 1;
        return (journal, left, files);
    }

    /// <summary>Whether any mark waits to be folded into the store.</summary>
    public bool HasPending
    {
        get
        {
            lock (_lock) return _pending.Count > 0;
        }
    }

    /// <summary>Writes the mark in one write; true when it is the first of a new group (time to plan a fold).</summary>
    public bool Append(string id, DateTimeOffset at)
    {
        var line = Encoding.UTF8.GetBytes($"{JsonSerializer.Serialize(id)}\t{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}\n");
        lock (_lock)
        {
            // No buffer of our own: each line is one write(2), in the kernel once it returns.
            _file ??= new FileStream(PathOf(_next++), Unbuffered(PrivateFiles.Options(FileMode.CreateNew, FileAccess.Write)));
            _file.Write(line);
            _pending.Add((id, at));
            return _pending.Count == 1;
        }
    }

    /// <summary>Takes the marks written so far and the files holding them; new marks go to a new file.</summary>
    public (IReadOnlyList<(string Id, DateTimeOffset At)> Marks, IReadOnlyList<string> Files) TakeGroup()
    {
        lock (_lock)
        {
            if (_file is not null) _closed.Add(_file.Name);
            _file?.Dispose();
            _file = null;
            var taken = (_pending, _closed);
            (_pending, _closed) = ([], []);
            return taken;
        }
    }

    /// <summary>A group the store could not take (its commit failed): it waits with the next one, its files kept.</summary>
    public void PutBack(IReadOnlyList<(string Id, DateTimeOffset At)> marks, IReadOnlyList<string> files)
    {
        lock (_lock)
        {
            _pending = [.. marks, .. _pending];
            _closed = [.. files, .. _closed];
        }
    }

    public void Dispose()
    {
        lock (_lock) _file?.Dispose();
    }

    private static FileStreamOptions Unbuffered(FileStreamOptions options)
    {
        options.BufferSize = 0;
        return options;
    }

    private IEnumerable<string> Files() => Directory.Exists(_folder)
        ? Directory.EnumerateFiles(_folder, _prefix + "*.log").Where(f => NumberOf(f) >= 0).OrderBy(NumberOf)
        : [];

    private int NumberOf(string file) =>
        int.TryParse(Path.GetFileNameWithoutExtension(file).AsSpan(_prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private string PathOf(int number) => Path.Combine(_folder, _prefix + number.ToString(CultureInfo.InvariantCulture) + ".log");

    /// <summary>Whole lines only: a line cut short by the kill is the message in flight, which may go once more.</summary>
    private static IEnumerable<(string Id, DateTimeOffset At)> Read(string file)
    {
        var text = File.ReadAllText(file, Encoding.UTF8);
        var end = text.LastIndexOf('\n');
        if (end < 0) yield break;
        foreach (var line in text[..end].Split('\n'))
        {
            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !long.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)) continue;
            string? id;
            try
            {
                id = JsonSerializer.Deserialize<string>(line[..tab]);
            }
            catch (JsonException)
            {
                continue;
            }
            if (id is not null) yield return (id, new DateTimeOffset(ticks, TimeSpan.Zero));
        }
    }
}
