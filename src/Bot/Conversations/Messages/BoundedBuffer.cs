namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>
/// Takes a document's bytes as they are copied in, and stops the copy (by throwing
/// <see cref="DocumentTooLargeException"/> from the write) at the first write past its limit, so no
/// more than the limit and one read's worth is ever held, whatever size the sender stated.
/// </summary>
public sealed class BoundedBuffer(int maxBytes) : MemoryStream
{
    /// <summary>Whether <paramref name="e"/> ended a copy at the limit, however deep the client library and the HTTP stack wrapped it.</summary>
    public static bool StoppedAtLimit(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DocumentTooLargeException) return true;
        }
        return false;
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Admit(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Admit(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        Admit(1);
        base.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Admit(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Admit(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void Admit(int count)
    {
        if (Length + count > maxBytes) throw new DocumentTooLargeException();
    }
}
