namespace EngagementAdvisor.Web.Features.Results;

/// <summary>Settings of the in-memory cache of rendered result pages, in configuration section ResultPageCache.</summary>
public sealed class ResultPageCacheOptions
{
    public const string Section = "ResultPageCache";

    /// <summary>Off only to measure what the cache buys (bench/run.sh) or to debug rendering.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a rendered page is kept. A delete evicts the page on the instance that handled it at once; other
    /// instances behind the same PostgreSQL serve their copy at most this long, so keep it short when scaled out.
    /// </summary>
    public int Seconds { get; set; } = 300;

    /// <summary>Memory the cache may use, in megabytes; the least used pages go first when it is full.</summary>
    public int SizeLimitMegabytes { get; set; } = 32;
}
