using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Reinscription.Web.Data;

/// <summary>
/// Inserts many rows with PostgreSQL's binary COPY, on the DbContext's connection and inside its
/// transaction. The columns and their conversions come from the EF Core model (owned types such as a
/// family's guardians included), so a migration that adds a column needs nothing here; a store-generated
/// key is left to the database. The change tracker knows nothing of these rows.
/// </summary>
public static class BulkCopy
{
    public static async Task CopyAsync<T>(
        this ReinscriptionDbContext db,
        IReadOnlyCollection<T> rows,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, Func<T, object?>>? values = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = ColumnsOf(entityType, table, values);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var copy = $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                await WriteAsync(writer, column.Value(row), cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static List<(string Name, Func<T, object?> Value)> ColumnsOf<T>(
        IEntityType entityType,
        StoreObjectIdentifier table,
        IReadOnlyDictionary<string, Func<T, object?>>? values)
        where T : class
    {
        var columns = new List<(string, Func<T, object?>)>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never)
            {
                continue;
            }

            var getter = values?.GetValueOrDefault(property.Name) ?? ClrValue<T>(property);
            columns.Add((property.GetColumnName(table)!, Converted(property, getter)));
        }

        foreach (var navigation in entityType.GetNavigations().Where(n => !n.IsCollection && n.TargetEntityType.IsOwned()))
        {
            var owner = navigation.GetGetter();
            foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => !p.IsPrimaryKey()))
            {
                var getter = property.GetGetter();
                columns.Add((property.GetColumnName(table)!,
                    Converted<T>(property, row => owner.GetClrValue(row) is { } owned ? getter.GetClrValue(owned) : null)));
            }
        }

        return columns;
    }

    private static Func<T, object?> ClrValue<T>(IProperty property)
        where T : class
    {
        if (property.IsShadowProperty())
        {
            throw new InvalidOperationException($"Give the value of the shadow property {property.Name} to copy {typeof(T).Name}.");
        }

        var getter = property.GetGetter();
        return row => getter.GetClrValue(row);
    }

    /// <summary>The value as the column stores it: enums as their names, as the model's converters say.</summary>
    private static Func<T, object?> Converted<T>(IProperty property, Func<T, object?> value)
        where T : class
    {
        var converter = property.GetTypeMapping().Converter;
        return converter is null ? value : row => value(row) is { } clr ? converter.ConvertToProvider(clr) : null;
    }

    private static Task WriteAsync(NpgsqlBinaryImporter writer, object? value, CancellationToken cancellationToken) => value switch
    {
        null => writer.WriteNullAsync(cancellationToken),
        string text => writer.WriteAsync(text, cancellationToken),
        int number => writer.WriteAsync(number, cancellationToken),
        long number => writer.WriteAsync(number, cancellationToken),
        bool flag => writer.WriteAsync(flag, cancellationToken),
        decimal amount => writer.WriteAsync(amount, cancellationToken),
        DateOnly date => writer.WriteAsync(date, cancellationToken),
        TimeOnly time => writer.WriteAsync(time, cancellationToken),
        DateTimeOffset instant => writer.WriteAsync(instant, cancellationToken),
        byte[] bytes => writer.WriteAsync(bytes, cancellationToken),
        _ => throw new NotSupportedException($"No COPY writer for {value.GetType().Name}."),
    };
}
