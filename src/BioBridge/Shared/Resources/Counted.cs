using System.Globalization;
using Microsoft.Extensions.Localization;

namespace BioBridge.Shared.Resources;

/// <summary>
/// A count in a sentence by the language's rule. English has one and other: the resx key is the other form ("{0}
/// organizations"), and the default resx holds the one form under the same key plus <see cref="OneSuffix"/>. Korean and
/// Chinese have no plural; their one form is the counter word their resx already hold ("기관 {0}개", "共 {0} 家机构").
/// </summary>
public static class Counted
{
    public const string OneSuffix = " #one";

    public static string Format(IStringLocalizer texts, string key, long count)
    {
        var text = texts[key];
        if (count == 1 && UiLanguage.Current == UiLanguage.English && texts[key + OneSuffix] is { ResourceNotFound: false } one)
            text = one;
        return string.Format(CultureInfo.CurrentCulture, text.Value, count);
    }
}
