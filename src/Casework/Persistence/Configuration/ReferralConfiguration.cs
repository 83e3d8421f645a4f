using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class ReferralServiceConfiguration : IEntityTypeConfiguration<ReferralService>
{
    public void Configure(EntityTypeBuilder<ReferralService> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Kind).HasMaxLength(60);
        builder.Property(s => s.Contact).HasMaxLength(200);
        builder.HasData(ReferralService.Catalogue.Select(s => new ReferralService
        {
            Id = s.Id, Name = s.Name, Kind = s.Kind, Contact = s.Contact, Active = true,
        }));
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.ForWhom).HasMaxLength(200);
        builder.Property(r => r.CreatedByUserId).HasMaxLength(450);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Service).WithMany().HasForeignKey(r => r.ReferralServiceId);
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        // No action rather than restrict: erasing a case removes its consents and referrals in one statement.
        builder.HasOne<ConsentRecord>().WithMany().HasForeignKey(r => r.ConsentRecordId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(r => new { r.CaseId, r.Status });
    }
}
