using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.BrowserTests;

/// <summary>The demo app with no translation service and an organization that wrote its profile in Chinese only.</summary>
public sealed class ChineseProfileBrowserApp : RunningApp
{
    public const string ExternalId = "cq-reading-weinang";
    public const string Name = "重庆微囊生物科技有限公司";
    public const string Offer = "微胶囊包埋技术服务";

    protected override async Task ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        db.Organizations.Add(new Organization
        {
            ExternalId = ExternalId, ClusterId = Cluster.Liangjiang, Kind = OrganizationKind.Company, NameZh = Name,
            DescriptionZh = "我们为功能食品和药品提供微胶囊包埋技术。", Offers = [Offer], Needs = ["寻找韩国的细胞治疗合作伙伴"],
            City = "重庆", Country = "CN", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
