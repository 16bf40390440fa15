namespace Reinscription.Domain.Families;

/// <summary>Ids of the management system, compared as written once surrounding spaces are gone.</summary>
public static class ExternalIds
{
    public const int MaxLength = 50;

    public static string? Normalize(string? externalId)
    {
        var trimmed = externalId?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(trimmed.Length, MaxLength, nameof(externalId));
        return trimmed;
    }
}
