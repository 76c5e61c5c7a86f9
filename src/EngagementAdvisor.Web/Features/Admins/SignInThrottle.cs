using System.Collections.Concurrent;

namespace EngagementAdvisor.Web.Features.Admins;

/// <summary>
/// Growing delays after failed sign-ins, per account and per client address, instead of Identity's hard lock-out:
/// five wrong passwords for the admin's e-mail used to lock the admin out for 15 minutes, again and again, and only
/// real accounts were ever "locked", which told a stranger which e-mails exist. Now the first
/// <see cref="FreeFailures"/> failures cost nothing; each later one doubles the wait before the next attempt is even
/// checked, up to <see cref="MaxDelay"/>. A success clears the account and the address. Kept in memory per instance
/// (several instances each count their own, like the rate limits).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int FreeFailures = 3;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the account or the address must still wait, or zero when an attempt may be checked now.</summary>
    public TimeSpan WaitFor(string email, string address)
    {
        var now = clock.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var key in Keys(email, address))
        {
            if (_failures.TryGetValue(key, out var failures) && failures.NotBefore > now && failures.NotBefore - now > wait) wait = failures.NotBefore - now;
        }
        return wait;
    }

    /// <summary>Counts a failure for both, and returns the wait it sets.</summary>
    public TimeSpan Failed(string email, string address)
    {
        var now = clock.GetUtcNow();
        var longest = TimeSpan.Zero;
        foreach (var key in Keys(email, address))
        {
            var updated = _failures.AddOrUpdate(key, _ => Next(0, now), (_, old) => Next(old.Count, now));
            if (updated.NotBefore - now > longest) longest = updated.NotBefore - now;
        }
        return longest;
    }

    public void Succeeded(string email, string address)
    {
        foreach (var key in Keys(email, address)) _failures.TryRemove(key, out _);
    }

    private static Failures Next(int count, DateTimeOffset now)
    {
        var failures = count + 1;
        var delay = failures <= FreeFailures
            ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, failures - FreeFailures)));
        return new Failures(failures, now + delay);
    }

    // The e-mail as typed decides nothing: upper case and spaces around it are the same account.
    private static string[] Keys(string email, string address) => ["account:" + email.Trim().ToUpperInvariant(), "address:" + address];

    private sealed record Failures(int Count, DateTimeOffset NotBefore);
}
