using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BioBridge.Tests.Migrations;

/// <summary>
/// SQL literals for generated values, written by the provider's own type mappings. A column the current model
/// still maps with the same store type gets a value of its property's type (an enum stored as text must hold a
/// member's name, or the model cannot read the row back); any other column, one of its store type.
/// </summary>
public sealed class ColumnLiterals(AppDb db)
{
    readonly Dictionary<(string Table, string Column), IColumn> modelColumns = db.GetService<IDesignTimeModel>().Model
        .GetRelationalModel().Tables.SelectMany(t => t.Columns).ToDictionary(c => (c.Table.Name, c.Name));

    readonly IRelationalTypeMappingSource storeTypes = db.GetService<IRelationalTypeMappingSource>();

    public string For(StoreTable table, StoreColumn column, int variant)
    {
        if (modelColumns.TryGetValue((table.Name, column.Name), out var modelColumn)
            && string.Equals(modelColumn.StoreType, column.StoreType, StringComparison.OrdinalIgnoreCase))
        {
            var mapping = modelColumn.PropertyMappings[0];
            return mapping.TypeMapping.GenerateSqlLiteral(GeneratedValue.For(mapping.Property.ClrType, variant, column));
        }
        var storeMapping = storeTypes.FindMapping(column.StoreType)
            ?? throw new NotSupportedException($"{table.Name}.{column.Name}: the provider has no mapping for store type {column.StoreType}.");
        return storeMapping.GenerateSqlLiteral(GeneratedValue.For(storeMapping.ClrType, variant, column));
    }
}
