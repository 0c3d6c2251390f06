using System.Text;

namespace BioBridge.Features.Cooperation;

/// <summary>Enum values as the API and the URLs spell them: JointVenture is "joint-venture".</summary>
public static class CooperationCodes
{
    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var code = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                code.Append('-');
            code.Append(char.ToLowerInvariant(name[i]));
        }
        return code.ToString();
    }

    public static TEnum? Parse<TEnum>(string? code) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => Code(v!.Value) == code?.Trim().ToLowerInvariant());

    public static string Choices<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Code));
}
