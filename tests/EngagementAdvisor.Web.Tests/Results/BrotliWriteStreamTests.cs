using System.IO.Compression;
using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Tests.Results;

/// <summary>The Brotli stream result pages are compressed through: whatever is written comes back out, however it is written.</summary>
public sealed class BrotliWriteStreamTests
{
    // Larger than the stream's 16 KB buffer and than the 256 KB window, and not all repetitive, so the encoder
    // has to hand over output many times and reach back across the window's edge.
    private static readonly byte[] Page = MakePage(700_000);

    [Fact]
    public void Written_synchronously_in_small_pieces_it_decompresses_to_the_same_bytes()
    {
        using var output = new MemoryStream();
        using (var stream = new ResultPageBrotliProvider().CreateStream(output))
        {
            for (var offset = 0; offset < Page.Length; offset += 1000) stream.Write(Page, offset, Math.Min(1000, Page.Length - offset));
        }
        Assert.Equal(Page, Decompress(output.ToArray()));
        Assert.True(output.Length < Page.Length / 3, $"{output.Length} bytes of {Page.Length}");
    }

    [Fact]
    public async Task Written_asynchronously_with_a_flush_between_pieces_each_flush_makes_everything_so_far_readable()
    {
        using var output = new MemoryStream();
        var stream = new ResultPageBrotliProvider().CreateStream(output);
        await using (stream)
        {
            await stream.WriteAsync(Page.AsMemory(0, 100_000), TestContext.Current.CancellationToken);
            await stream.FlushAsync(TestContext.Current.CancellationToken);
            Assert.Equal(Page[..100_000], DecompressPrefix(output.ToArray(), 100_000));

            await stream.WriteAsync(Page.AsMemory(100_000), TestContext.Current.CancellationToken);
        }
        Assert.Equal(Page, Decompress(output.ToArray()));
    }

    [Fact]
    public void It_leaves_the_response_open_declares_its_window_and_refuses_writes_once_finished()
    {
        using var output = new MemoryStream();
        var stream = new ResultPageBrotliProvider().CreateStream(output);
        stream.Write("<html></html>"u8);
        stream.Dispose();
        stream.Dispose();

        Assert.True(output.CanWrite);
        Assert.False(stream.CanWrite);
        Assert.Throws<ObjectDisposedException>(() => stream.Write("more"u8));
        Assert.Equal("<html></html>"u8.ToArray(), Decompress(output.ToArray()));
        Assert.Equal(ResultPageBrotliProvider.WindowBits, WindowBitsOf(output.ToArray()));
    }

    [Fact]
    public void An_empty_page_is_still_a_complete_Brotli_stream()
    {
        using var output = new MemoryStream();
        new ResultPageBrotliProvider().CreateStream(output).Dispose();
        Assert.NotEqual(0, output.Length);
        Assert.Empty(Decompress(output.ToArray()));
    }

    /// <summary>The window a Brotli stream declares in its first bits (RFC 7932, section 9.1).</summary>
    internal static int WindowBitsOf(byte[] brotli)
    {
        var first = brotli[0];
        if ((first & 1) == 0) return 16;
        var next = (first >> 1) & 7;
        if (next != 0) return 17 + next;
        var more = (first >> 4) & 7;
        return more == 0 ? 17 : 8 + more;
    }

    private static byte[] Decompress(byte[] brotli)
    {
        using var decoder = new BrotliStream(new MemoryStream(brotli), CompressionMode.Decompress);
        using var result = new MemoryStream();
        decoder.CopyTo(result);
        return result.ToArray();
    }

    // A flushed but unfinished stream has no end marker: read exactly what has been written so far.
    private static byte[] DecompressPrefix(byte[] brotli, int length)
    {
        using var decoder = new BrotliStream(new MemoryStream(brotli), CompressionMode.Decompress);
        var result = new byte[length];
        decoder.ReadExactly(result);
        return result;
    }

    private static byte[] MakePage(int length)
    {
        var random = new Random(8);
        var words = new[] { "<td>", "outsourcing", "outstaffing", "</td>", "staff augmentation", "offshoring", "\n", "<li class=\"risk\">" };
        var text = new System.Text.StringBuilder(length);
        while (text.Length < length) text.Append(words[random.Next(words.Length)]).Append(random.Next(100_000));
        return System.Text.Encoding.UTF8.GetBytes(text.ToString(0, length));
    }
}
