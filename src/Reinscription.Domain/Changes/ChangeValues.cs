using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reinscription.Domain.Changes;

/// <summary>How a pending change keeps the values it was made from: JSON of a details record, enums by name.</summary>
public static class ChangeValues
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T values) => JsonSerializer.Serialize(values, Json);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException("Empty change values.");
}
