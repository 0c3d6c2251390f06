using BioBridge.Shared.Resources;

namespace BioBridge.Tests;

/// <summary>The command line speaks the console's language, chosen as POSIX locales choose the language of messages.</summary>
public sealed class ConsoleLanguageTests
{
    [Theory]
    [InlineData(null, null, "ko_KR.UTF-8", "ko")]
    [InlineData(null, null, "zh_CN.UTF-8", "zh")]
    [InlineData(null, null, "en_US.UTF-8", "en")]
    [InlineData(null, null, "C.UTF-8", "en")]
    [InlineData(null, null, "de_DE.UTF-8", "en")]
    [InlineData(null, "zh_CN.UTF-8", "ko_KR.UTF-8", "zh")]
    [InlineData("ko_KR.UTF-8", "zh_CN.UTF-8", "en_US.UTF-8", "ko")]
    [InlineData("", "", "zh_CN.UTF-8", "zh")]
    public void The_first_set_of_LC_ALL_LC_MESSAGES_and_LANG_chooses(string? all, string? messages, string? lang, string expected)
    {
        var variables = new Dictionary<string, string?> { ["LC_ALL"] = all, ["LC_MESSAGES"] = messages, ["LANG"] = lang };

        UiLanguage.OfConsole(name => variables.GetValueOrDefault(name)).ShouldBe(expected);
    }
}
