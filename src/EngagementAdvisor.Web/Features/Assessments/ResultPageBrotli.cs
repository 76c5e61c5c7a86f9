using System.Buffers;
using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// Brotli for result pages with a window sized to a page (256 KB) instead of the 4 MB that .NET's
/// <see cref="BrotliStream"/> always uses.
/// </summary>
/// <remarks>
/// An encoder's memory follows its window, not the input: at quality 4 one page (75 KB of HTML) held 9.3 MB of
/// native memory while compressing with the 4 MB window and 1.8 MB with 256 KB, for the same 13,857 bytes out and the
/// same time (about 1 ms). Thirty-two links rendered at once held about 70 MB of native heap, which glibc kept after
/// the load (docs/performance.md). A page larger than the window still compresses; matches just reach back less far.
/// .NET 10 has no window setting on <see cref="BrotliStream"/>, so this streams through <see cref="BrotliEncoder"/>.
/// </remarks>
public sealed class ResultPageBrotliProvider : ICompressionProvider
{
    /// <summary>Quality 4 is what <see cref="CompressionLevel.Optimal"/> means for Brotli in .NET.</summary>
    public const int Quality = 4;

    /// <summary>2^18 = 256 KB, over three times a result page.</summary>
    public const int WindowBits = 18;

    public string EncodingName => ResultPageCompression.Brotli;

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) => new BrotliWriteStream(outputStream, Quality, WindowBits);
}

/// <summary>
/// A write-only stream that Brotli-compresses into another stream, which it leaves open. It follows
/// <see cref="BrotliStream"/>'s own loop: compress into a buffer, write out what is ready, repeat while the buffer
/// fills; flush and finish the same way.
/// </summary>
internal sealed class BrotliWriteStream(Stream destination, int quality, int windowBits) : Stream
{
    private const int BufferSize = 16 * 1024;

    private BrotliEncoder encoder = new(quality, windowBits);
    private byte[]? buffer = ArrayPool<byte>.Shared.Rent(BufferSize);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => buffer is not null;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> source)
    {
        var output = Output();
        var status = OperationStatus.DestinationTooSmall;
        while (status == OperationStatus.DestinationTooSmall)
        {
            status = Check(encoder.Compress(source, output, out var consumed, out var written, isFinalBlock: false));
            if (written > 0) destination.Write(output, 0, written);
            source = source[consumed..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        var output = Output();
        var status = OperationStatus.DestinationTooSmall;
        while (status == OperationStatus.DestinationTooSmall)
        {
            status = Check(encoder.Compress(source.Span, output, out var consumed, out var written, isFinalBlock: false));
            if (written > 0) await destination.WriteAsync(output.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
            source = source[consumed..];
        }
    }

    public override void Flush()
    {
        var output = Output();
        var status = OperationStatus.DestinationTooSmall;
        while (status == OperationStatus.DestinationTooSmall)
        {
            status = Check(encoder.Flush(output, out var written));
            if (written > 0) destination.Write(output, 0, written);
        }
        destination.Flush();
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        var output = Output();
        var status = OperationStatus.DestinationTooSmall;
        while (status == OperationStatus.DestinationTooSmall)
        {
            status = Check(encoder.Flush(output, out var written));
            if (written > 0) await destination.WriteAsync(output.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
        }
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            if (disposing && buffer is { } output)
            {
                var status = OperationStatus.DestinationTooSmall;
                while (status == OperationStatus.DestinationTooSmall)
                {
                    status = Check(encoder.Compress(ReadOnlySpan<byte>.Empty, output, out _, out var written, isFinalBlock: true));
                    if (written > 0) destination.Write(output, 0, written);
                }
            }
        }
        finally
        {
            Release();
            base.Dispose(disposing);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (buffer is { } output)
            {
                var status = OperationStatus.DestinationTooSmall;
                while (status == OperationStatus.DestinationTooSmall)
                {
                    status = Check(encoder.Compress(ReadOnlySpan<byte>.Empty, output, out _, out var written, isFinalBlock: true));
                    if (written > 0) await destination.WriteAsync(output.AsMemory(0, written)).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            Release();
            await base.DisposeAsync().ConfigureAwait(false);
        }
    }

    private byte[] Output() => buffer ?? throw new ObjectDisposedException(nameof(BrotliWriteStream));

    // The encoder's native memory goes at once, not at the next finalizer run.
    private void Release()
    {
        if (buffer is null) return;
        encoder.Dispose();
        encoder = default;
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = null;
    }

    private static OperationStatus Check(OperationStatus status) =>
        status == OperationStatus.InvalidData ? throw new InvalidOperationException("The Brotli encoder refused its input.") : status;
}
