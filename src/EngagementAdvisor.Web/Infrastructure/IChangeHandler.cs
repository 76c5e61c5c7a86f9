namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>Something another instance can change, heard through <see cref="ChangeListener"/> on its PostgreSQL channel.</summary>
public interface IChangeHandler
{
    /// <summary>The LISTEN channel: a fixed lower-case identifier.</summary>
    string Channel { get; }

    /// <summary>Called on the listener's thread for each message; must return quickly.</summary>
    void Heard(string payload);
}
