using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace EngagementAdvisor.Web.Features;

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

/// <summary>
/// Behind a configured proxy the client is the address it forwards, so rate limits apply per real client rather
/// than to the proxy as a whole. X-Forwarded-For from anyone else is ignored: a client cannot pick its own address
/// to escape its limit. Only the last hop is taken, the one the trusted proxy added.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        services.AddSingleton(proxies);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            // The framework trusts loopback by default; here only what is configured is trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in proxies.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    public static IApplicationBuilder UseReverseProxySupport(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.ApplicationServices.GetRequiredService<ReverseProxyOptions>().Any ? app.UseForwardedHeaders() : app;
    }
}
