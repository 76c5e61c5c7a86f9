namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>The proxies in front of the app, in configuration section ReverseProxy. Empty: the app faces clients directly.</summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of proxies whose X-Forwarded-For and X-Forwarded-Proto are believed, e.g. "10.0.0.5".</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of such proxies in CIDR form, e.g. "10.0.0.0/24".</summary>
    public IList<string> KnownNetworks { get; } = [];

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
