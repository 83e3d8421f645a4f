using FamilyServices.Casework.Cases;
using FamilyServices.Casework.ContactRequests;
using FamilyServices.Casework.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class ContactRequestConfiguration : IEntityTypeConfiguration<ContactRequest>
{
    public void Configure(EntityTypeBuilder<ContactRequest> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(20);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.PrisonerName).HasMaxLength(200);
        builder.Property(r => r.PrisonNumber).HasMaxLength(20);
        builder.Property(r => r.FamilyMemberName).HasMaxLength(200);
        builder.Property(r => r.Relationship).HasMaxLength(100);
        builder.Property(r => r.FamilyContactAddress).HasMaxLength(200);
        builder.Property(r => r.Language).HasMaxLength(10);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.EstablishmentId, r.Stage });
        builder.HasOne<Establishment>().WithMany().HasForeignKey(r => r.EstablishmentId);
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.SetNull);
    }
}
