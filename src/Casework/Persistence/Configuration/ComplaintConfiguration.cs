using FamilyServices.Casework.Complaints;
using FamilyServices.Casework.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(20);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.About).HasMaxLength(100);
        builder.Property(c => c.ReplyAddress).HasMaxLength(200);
        builder.Property(c => c.ComplainantName).HasMaxLength(200);
        builder.Property(c => c.Language).HasMaxLength(10);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.EstablishmentId, c.Status, c.ResponseDueBy });
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId);
    }
}
