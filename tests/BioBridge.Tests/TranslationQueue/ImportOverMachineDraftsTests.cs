using BioBridge.Features.Directory;
using BioBridge.Language;

namespace BioBridge.Tests.TranslationQueue;

/// <summary>An organization file imported over machine drafts: what it changes is the importer's own, what it repeats stays a draft.</summary>
public sealed class ImportOverMachineDraftsTests
{
    static Organization Drafted()
    {
        var o = new Organization
        {
            ExternalId = "cq-xiaowan", ClusterId = "liangjiang", NameZh = "小湾生物", DescriptionZh = "微胶囊递送平台",
            DescriptionKo = "[ko] 미세캡슐 전달 플랫폼", DescriptionEn = "[en] microcapsule delivery platform",
            TextStates = "description.ko=machine;description.en=machine", Offers = ["微胶囊"], Needs = ["临床合作"],
        };
        o.SetMachinePhrases(Organization.OffersField, "ko", ["마이크로캡슐"]);
        o.SetMachinePhrases(Organization.NeedsField, "ko", ["임상 협력"]);
        return o;
    }

    static OrganizationRecord Row(Organization o, string? descriptionKo, IReadOnlyList<string> offers) => new(
        o.ExternalId, o.ClusterId, o.Kind, o.Name, new LocalizedText(descriptionKo, o.DescriptionZh, o.DescriptionEn), [], false,
        offers, o.Needs, null, null, null, [], null, null, null, null, false, true);

    [Fact]
    public void A_description_the_file_changes_becomes_an_original_the_queue_never_overwrites()
    {
        var o = Drafted();
        OrganizationRecordMapping.Apply(Row(o, "미세캡슐 약물 전달 플랫폼", o.Offers), o, DateTime.UtcNow, OrganizationColumns.AllSet);

        o.DescriptionVersions.Ko!.ShouldBe(new TextVersion("미세캡슐 약물 전달 플랫폼", TranslationState.Original));
        o.DescriptionVersions.En!.State.ShouldBe(TranslationState.Machine);
        o.DescriptionVersions.Zh!.State.ShouldBe(TranslationState.Original);
    }

    [Fact]
    public void Reimporting_an_export_unchanged_keeps_its_machine_drafts_as_drafts()
    {
        var o = Drafted();
        OrganizationRecordMapping.Apply(Row(o, o.DescriptionKo, o.Offers), o, DateTime.UtcNow, OrganizationColumns.AllSet);

        o.DescriptionVersions.Ko!.State.ShouldBe(TranslationState.Machine);
        o.DescriptionVersions.En!.State.ShouldBe(TranslationState.Machine);
        o.MachinePhrases(Organization.OffersField, "ko").ShouldBe(["마이크로캡슐"]);
    }

    [Fact]
    public void A_changed_offer_list_drops_its_machine_translations_and_keeps_the_needs_ones()
    {
        var o = Drafted();
        OrganizationRecordMapping.Apply(Row(o, o.DescriptionKo, ["微胶囊", "脂质体"]), o, DateTime.UtcNow, OrganizationColumns.AllSet);

        o.Offers.ShouldBe(["微胶囊", "脂质体"]);
        o.MachinePhrases(Organization.OffersField, "ko").ShouldBeNull();
        o.MachinePhrases(Organization.NeedsField, "ko").ShouldBe(["임상 협력"]);
    }
}
