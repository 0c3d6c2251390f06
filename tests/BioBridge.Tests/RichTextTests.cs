
namespace BioBridge.Tests;

public class RichTextTests
{
    [Fact]
    public void Markdown_becomes_paragraphs_emphasis_lists_and_links()
    {
        var html = RichText.ToHtml("**CDMO** for *AAV* vectors\n\n- GMP suite\n- 200 L bioreactors\n\n[Site](https://example.com/a)");
        html.ShouldContain("<strong>CDMO</strong>");
        html.ShouldContain("<em>AAV</em>");
        html.ShouldContain("<li>GMP suite</li>");
        html.ShouldContain("<a href=\"https://example.com/a\" rel=\"nofollow noopener noreferrer\">Site</a>");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void Html_typed_into_the_text_is_shown_as_text_and_never_becomes_markup(string hostile)
    {
        var html = RichText.ToHtml("Before " + hostile + " after");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldNotContain("<iframe", Case.Insensitive);
        html.ShouldNotContain("<a href=\"javascript", Case.Insensitive);
        html.ShouldContain("&lt;");
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Markdown_links_with_unsafe_schemes_lose_their_target(string link)
    {
        var html = RichText.ToHtml(link);
        html.ShouldNotContain("javascript:", Case.Insensitive);
        html.ShouldNotContain("data:", Case.Insensitive);
        html.ShouldNotContain("vbscript:", Case.Insensitive);
        html.ShouldContain("click");
    }

    [Fact]
    public void Headings_the_allow_list_does_not_know_keep_their_words()
    {
        RichText.ToHtml("# 항체 플랫폼").Trim().ShouldBe("항체 플랫폼");
    }

    [Fact]
    public void Empty_text_renders_nothing() => RichText.ToHtml("  ").ShouldBeEmpty();
}
