using BioBridge.Features.Directory;
using BioBridge.Language;
using BioBridge.Shared.Resources;

namespace BioBridge.Features.Reviews;

/// <summary>What the call, submission and review pages share: texts of the API's records in the reader's language.</summary>
public static class CallPages
{
    public static LocalizedText Text(LocalizedDto dto) => new(dto.Ko, dto.Zh, dto.En);

    public static string Name(OrganizationRef organization) =>
        Text(organization.Name).GetWithFallback(UiLanguage.Current).Text ?? organization.ExternalId;

    /// <summary>A funded award nomination reads "awarded".</summary>
    public static string DecisionKey(SubmissionSummary s) => s.Decision == "funded" && s.CallKind == "award" ? "awarded" : s.Decision;

    /// <summary>Outcome messages of the use cases are English; pages show them as they are, in a status line.</summary>
    public static (string Message, bool IsError) Show(Outcome outcome, string success) =>
        outcome.Succeeded ? (success, false) : (outcome.Message, true);
}
