using System.Collections.Concurrent;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// One browser in front of a load balancer: a cookie set by any instance is sent to every instance. Cookies are kept by
/// name only (no domain, path or Secure rules), which is what a browser does for one site behind one address.
/// </summary>
public sealed class SharedCookies
{
    private readonly ConcurrentDictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public bool Has(string name) => _cookies.ContainsKey(name);

    public string? this[string name]
    {
        get => _cookies.TryGetValue(name, out var value) ? value : null;
        set
        {
            if (value is null) _cookies.TryRemove(name, out _);
            else _cookies[name] = value;
        }
    }

    /// <summary>A client for one instance; its requests carry, and its responses update, this jar.</summary>
    public HttpClient ClientFor(Uri baseAddress) =>
        new(new Jar(this) { InnerHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false } }) { BaseAddress = baseAddress };

    private sealed class Jar(SharedCookies cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!cookies._cookies.IsEmpty)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies._cookies.Select(c => $"{c.Key}={c.Value}")));
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var header in setCookies)
                {
                    var pair = header.Split(';', 2)[0];
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0) continue;
                    var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                    // Signing out answers with an expired, empty cookie.
                    if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) cookies._cookies.TryRemove(name, out _);
                    else cookies._cookies[name] = value;
                }
            }
            return response;
        }
    }
}
