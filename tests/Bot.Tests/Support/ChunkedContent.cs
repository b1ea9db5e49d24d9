using System.Net;
using System.Text;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>A body whose length is not announced: HttpClient sends it in chunks, with no Content-Length.</summary>
public sealed class ChunkedContent(string text) : HttpContent
{
    private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
