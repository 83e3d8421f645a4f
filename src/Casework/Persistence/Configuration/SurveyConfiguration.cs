using FamilyServices.Casework.Establishments;
using FamilyServices.Casework.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(s => s.Language).HasMaxLength(10);
        builder.Property(s => s.ContactName).HasMaxLength(200);
        builder.Property(s => s.ContactAddress).HasMaxLength(200);
        builder.HasIndex(s => new { s.EstablishmentId, s.SubmittedAt });
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId);
    }
}

internal sealed class YouSaidWeDidConfiguration : IEntityTypeConfiguration<YouSaidWeDid>
{
    public void Configure(EntityTypeBuilder<YouSaidWeDid> builder)
    {
        builder.Property(y => y.AuthorUserId).HasMaxLength(450);
        builder.HasIndex(y => new { y.EstablishmentId, y.Year, y.Quarter });
        builder.HasOne<Establishment>().WithMany().HasForeignKey(y => y.EstablishmentId);
    }
}
