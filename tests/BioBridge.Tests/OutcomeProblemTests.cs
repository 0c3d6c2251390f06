using BioBridge.Shared.Resources;

namespace BioBridge.Tests;

/// <summary>Outcome's problems are titled in the current UI language, as their messages are.</summary>
public class OutcomeProblemTests
{
    [Theory]
    [InlineData(UiLanguage.Korean, "찾을 수 없음")]
    [InlineData(UiLanguage.Chinese, "未找到")]
    [InlineData(UiLanguage.English, "Not found")]
    public void A_not_found_problem_is_titled_in_the_current_language(string language, string title)
    {
        using var _ = UiLanguage.Use(language);

        Outcome.NotFound("gone").Problem().ProblemDetails.Title.ShouldBe(title);
    }
}
