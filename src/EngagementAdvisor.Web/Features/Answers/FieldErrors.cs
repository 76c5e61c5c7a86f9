namespace EngagementAdvisor.Web.Features.Answers;

/// <summary>Messages by field name, in the order they were found: what a 400 answer or the page's error summary lists.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public int Count => _byField.Count;

    public bool Has(string field) => _byField.ContainsKey(field);

    public void Add(string field, string message)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_byField.TryGetValue(field, out var messages)) _byField[field] = messages = [];
        messages.Add(message);
    }

    /// <summary>The first message of each field.</summary>
    public string? First(string field) => _byField.TryGetValue(field, out var messages) ? messages[0] : null;

    public IEnumerable<string> Fields => _byField.Keys;

    public Dictionary<string, string[]> ToDictionary() => _byField.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Adds the validator's messages, except for fields whose value was already refused (its "missing" would only repeat it).</summary>
    public void AddValidation(FluentValidation.Results.ValidationResult validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var alreadyRefused = _byField.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var failure in validation.Errors)
        {
            if (!alreadyRefused.Contains(failure.PropertyName)) Add(failure.PropertyName, failure.ErrorMessage);
        }
    }
}
