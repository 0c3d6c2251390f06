using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Directory;

sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(FieldLengths.ClusterId);
        builder.Ignore(c => c.Name);
        builder.Ignore(c => c.Description);
        // The clusters of the agreement exist in every database: imports name them.
        builder.HasData(
            new Cluster { Id = Cluster.SeoulBioHub, NameKo = "서울바이오허브", NameZh = "首尔生物枢纽", NameEn = "Seoul Bio Hub", City = "Seoul", Country = "KR" },
            new Cluster { Id = Cluster.Liangjiang, NameKo = "량장 생명과학기술도시", NameZh = "两江生命科技城", NameEn = "Liangjiang Life Sci-Tech City", City = "Chongqing", Country = "CN" },
            new Cluster { Id = Cluster.Other, NameKo = "기타", NameZh = "其他", NameEn = "Other" });
    }
}
