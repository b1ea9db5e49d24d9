using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>What a cached read is about: the chat, the student or the teacher whose rows it reads.</summary>
internal static class ReadSubject
{
    public const string ChatPrefix = "c:";
    public const string StudentPrefix = "s:";
    public const string TeacherPrefix = "t:";

    public static string Chat(string chatKey) => ChatPrefix + chatKey;

    public static string Student(string code) => StudentPrefix + code;

    public static string Teacher(string code) => TeacherPrefix + code;
}

/// <summary>The reads a parent's question makes again and again, each kept by its subject (decision 0015).</summary>
internal enum CachedRead
{
    ChatState,
    Children,
    Staff,
    Consent,
    Student,
    Marks,
    Stamps,
    Absences,
    Conduct,
    Remarks,
    Acknowledged,
    Leaves,
    Teacher,
}

/// <summary>
/// A bot process's copy of the rows its parents read most — a chat's state, links and consent, a
/// child's record and books, a teacher — kept only while the database can tell this process of every
/// change (decision 0015). Triggers on those tables send the changed rows' subjects on commit
/// (<c>NOTIFY solienlac_changes</c>); this process listens on a connection of its own and forgets what
/// changed. What this process writes it forgets itself, right after the commit. A chat's turn waits
/// for a fence sent after it took the chat (<see cref="NextFence"/>): every commit before the turn
/// has been heard of by then, in whatever process it was made. While the listening connection is
/// down, or has not answered for <see cref="SilenceAllowed"/>, nothing is kept and every read goes to
/// the database.
/// </summary>
internal sealed class ReadCache : IAsyncDisposable
{
    public const string ChangesChannel = "solienlac_changes";

    /// <summary>How long the listening connection may go unheard before the cache stops trusting itself.</summary>
    public static readonly TimeSpan SilenceAllowed = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FenceWait = TimeSpan.FromSeconds(2);
    private static readonly CachedRead[] ChatReads = [CachedRead.ChatState, CachedRead.Children, CachedRead.Staff, CachedRead.Consent];
    private static readonly CachedRead[] StudentReads =
        [CachedRead.Student, CachedRead.Marks, CachedRead.Stamps, CachedRead.Absences, CachedRead.Conduct, CachedRead.Remarks, CachedRead.Acknowledged, CachedRead.Leaves];
    private static readonly CachedRead[] TeacherReads = [CachedRead.Teacher];
    private static readonly object Nothing = new();

    private readonly NpgsqlDataSource _dataSource;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<(string Subject, CachedRead Read), object> _entries = new();
    // A change bumps its subject's stripe before it forgets: a read that began before the bump does not keep what it read.
    private readonly long[] _stripes = new long[4096];
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _fenceGate = new();
    private long _epoch;
    private int _count;
    private int _started;
    private volatile bool _listening;
    private long _heardAt;
    private long _fencesSent;
    private long _fencesHeard;
    private TaskCompletionSource _fenceHeard = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _listener;
    private long _hits;
    private long _misses;

    public ReadCache(NpgsqlDataSource dataSource, int capacity)
    {
        _dataSource = dataSource;
        _capacity = capacity;
        FenceChannel = "solienlac_fence_" + Guid.NewGuid().ToString("N")[..16];
    }

    /// <summary>This process's own channel for fences: only its listener hears them.</summary>
    public string FenceChannel { get; }

    public bool Enabled => _capacity > 0;

    /// <summary>Reads served from memory and from the database since the start (for the bench and the tests).</summary>
    public (long Hits, long Misses) Counts => (Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));

    /// <summary>Whether what is kept can be trusted now: the listener is connected and was heard from lately.</summary>
    public bool Trusted => _listening && Stopwatch.GetElapsedTime(Interlocked.Read(ref _heardAt)) < SilenceAllowed;

    /// <summary>The kept answer of <paramref name="read"/> for the subject, or the database's, kept when nothing changed meanwhile.</summary>
    public async Task<T> GetAsync<T>(string subject, CachedRead kind, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!Enabled) return await read(cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref _started) == 0) Start();
        var key = (subject, kind);
        if (Trusted && _entries.TryGetValue(key, out var kept))
        {
            Interlocked.Increment(ref _hits);
            return ReferenceEquals(kept, Nothing) ? default! : (T)kept;
        }
        Interlocked.Increment(ref _misses);
        var stripe = StripeOf(subject);
        var (before, epoch) = (Interlocked.Read(ref _stripes[stripe]), Interlocked.Read(ref _epoch));
        var value = await read(cancellationToken).ConfigureAwait(false);
        if (!Trusted) return value;
        object entry = value is null ? Nothing : value;
        if (!_entries.TryAdd(key, entry)) return value;
        if (Interlocked.Increment(ref _count) > _capacity) ForgetEverything();
        // Changed while it was read (or everything forgotten): what was read may be older than the change.
        if (Interlocked.Read(ref _stripes[stripe]) != before || Interlocked.Read(ref _epoch) != epoch) Remove(key, entry);
        return value;
    }

    /// <summary>Forgets what is kept about one subject (<see cref="ReadSubject"/>): a change to it was committed.</summary>
    public void Forget(string subject)
    {
        if (!Enabled) return;
        Interlocked.Increment(ref _stripes[StripeOf(subject)]);
        foreach (var kind in ReadsOf(subject))
            if (_entries.TryRemove((subject, kind), out _)) Interlocked.Decrement(ref _count);
    }

    /// <summary>Forgets everything kept: a change too wide to name its subjects was committed.</summary>
    public void ForgetEverything()
    {
        if (!Enabled) return;
        Interlocked.Increment(ref _epoch);
        foreach (var key in _entries.Keys)
            if (_entries.TryRemove(key, out _)) Interlocked.Decrement(ref _count);
    }

    /// <summary>
    /// A fence to send (<c>pg_notify(channel, number)</c>) in the statement that takes a chat's turn, or
    /// null when nothing is kept; <see cref="HeardAsync"/> then waits until this process's listener heard it.
    /// </summary>
    public (string Channel, long Number)? NextFence() => Enabled && Trusted ? (FenceChannel, Interlocked.Increment(ref _fencesSent)) : null;

    /// <summary>
    /// Waits until the listener heard the fence: every change committed before it was sent has been
    /// forgotten by then. Not heard in time, the cache stops trusting itself until the listener is back.
    /// </summary>
    public async Task HeardAsync(long fence, CancellationToken cancellationToken)
    {
        var until = Stopwatch.GetTimestamp() + (long)(FenceWait.TotalSeconds * Stopwatch.Frequency);
        while (Interlocked.Read(ref _fencesHeard) < fence)
        {
            Task heard;
            lock (_fenceGate) heard = _fenceHeard.Task;
            if (Interlocked.Read(ref _fencesHeard) >= fence) return;
            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), until);
            if (left <= TimeSpan.Zero)
            {
                Distrust();
                return;
            }
            try
            {
                await heard.WaitAsync(left, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                Distrust();
                return;
            }
        }
    }

    private void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
            _listener = Task.Run(() => ListenAsync(_stop.Token));
    }

    private async Task ListenAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(stop).ConfigureAwait(false);
                connection.Notification += Heard;
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangesChannel}; LISTEN {FenceChannel}", connection))
                    await listen.ExecuteNonQueryAsync(stop).ConfigureAwait(false);
                // Whatever was kept before this connection listened may have missed a change.
                ForgetEverything();
                Interlocked.Exchange(ref _heardAt, Stopwatch.GetTimestamp());
                _listening = true;
                // A fence not heard in time ends the trust (Distrust): this connection is then given up for a new one.
                while (!stop.IsCancellationRequested && _listening)
                {
                    if (!await connection.WaitAsync(Idle, stop).ConfigureAwait(false))
                    {
                        // Quiet for a second: ask, so that a connection gone silent is noticed.
                        await using var ping = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = 2 };
                        await ping.ExecuteScalarAsync(stop).ConfigureAwait(false);
                    }
                    Interlocked.Exchange(ref _heardAt, Stopwatch.GetTimestamp());
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException or TimeoutException or OperationCanceledException)
            {
                // The server gone or restarting: nothing is trusted until a new connection listens.
            }
            finally
            {
                Distrust();
            }
            try
            {
                await Task.Delay(Idle, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Heard(object? sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Channel == ChangesChannel)
        {
            if (e.Payload == "*") ForgetEverything();
            else Forget(e.Payload);
        }
        else if (long.TryParse(e.Payload, System.Globalization.CultureInfo.InvariantCulture, out var fence))
        {
            lock (_fenceGate)
            {
                if (fence > _fencesHeard) Interlocked.Exchange(ref _fencesHeard, fence);
                _fenceHeard.TrySetResult();
                _fenceHeard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        Interlocked.Exchange(ref _heardAt, Stopwatch.GetTimestamp());
    }

    private void Distrust()
    {
        _listening = false;
        ForgetEverything();
    }

    private void Remove((string, CachedRead) key, object entry)
    {
        if (_entries.TryRemove(new KeyValuePair<(string, CachedRead), object>(key, entry))) Interlocked.Decrement(ref _count);
    }

    private int StripeOf(string subject) => (int)((uint)StringComparer.Ordinal.GetHashCode(subject) % (uint)_stripes.Length);

    private static CachedRead[] ReadsOf(string subject) =>
        subject.StartsWith(ReadSubject.ChatPrefix, StringComparison.Ordinal) ? ChatReads
        : subject.StartsWith(ReadSubject.StudentPrefix, StringComparison.Ordinal) ? StudentReads
        : subject.StartsWith(ReadSubject.TeacherPrefix, StringComparison.Ordinal) ? TeacherReads
        : [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_listener is not null) await _listener.ConfigureAwait(false);
        _stop.Dispose();
    }
}
