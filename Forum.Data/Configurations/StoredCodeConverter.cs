using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Forum.Data.Configurations;

/// <summary>Stores an enum as the code its <see cref="StoredCodes{TEnum}"/> table gives it: one converter for every such column.</summary>
internal static class StoredCodeConverter
{
    public static ValueConverter<TEnum, string> For<TEnum>(StoredCodes<TEnum> codes) where TEnum : struct, Enum =>
        new(value => codes.Of(value), code => codes.Parse(code));
}
