using BioBridge.Shared.Resources;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Directory;

/// <summary>
/// The file an import starts from, in the reader's language: the header row of the import columns (spelled as the
/// contract has them) and no data rows, so it imports as it is. The workbook explains each column in the language on a
/// guide sheet after the first (import reads the first sheet only); a CSV holds nothing but rows, so its guide is the
/// import page.
/// </summary>
public sealed class OrganizationTemplate(IStringLocalizer<Text> text)
{
    /// <summary>Each import column with what it requires and what it means, in the current UI language.</summary>
    public IReadOnlyList<(string Column, string Requirement, string Meaning)> Guide() =>
        OrganizationColumns.All.Select(c => (c, text[Requirement(c)].Value, text["column:" + c].Value)).ToList();

    static string Requirement(string column) =>
        OrganizationColumns.Required.Contains(column) ? "column-required"
        : OrganizationColumns.Names.Contains(column) ? "column-one-name"
        : "column-optional";

    /// <summary>Writes the template as .csv or .xlsx (by <paramref name="fileName"/>) in <paramref name="language"/>.</summary>
    public void Write(string fileName, string language, Stream output)
    {
        using var _ = UiLanguage.Use(language);
        if (!fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            OrganizationSheet.Write(fileName, output, OrganizationColumns.All, []);
            return;
        }
        using var workbook = OrganizationSheet.Workbook(OrganizationColumns.All, []);
        var guideSheet = workbook.Worksheets.Add(text["Column guide"]);
        string[] headings = [text["Column"], text["Required"], text["Meaning"]];
        for (var c = 0; c < headings.Length; c++)
            guideSheet.Cell(1, c + 1).SetValue(headings[c]);
        guideSheet.Row(1).Style.Font.Bold = true;
        var guide = Guide();
        for (var i = 0; i < guide.Count; i++)
        {
            var (column, requirement, meaning) = guide[i];
            guideSheet.Cell(i + 2, 1).SetValue(column);
            guideSheet.Cell(i + 2, 2).SetValue(requirement);
            guideSheet.Cell(i + 2, 3).SetValue(meaning);
        }
        // Fixed widths: ClosedXML 0.95 measures text for AdjustToContents through libgdiplus, which servers lack.
        guideSheet.Column(1).Width = 18;
        guideSheet.Column(2).Width = 24;
        guideSheet.Column(3).Width = 90;
        workbook.Worksheet(1).Columns(1, guide.Count).Width = 16;
        workbook.SaveAs(output);
    }
}
