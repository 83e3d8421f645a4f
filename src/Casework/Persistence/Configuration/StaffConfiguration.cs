using FamilyServices.Casework.Establishments;
using FamilyServices.Casework.References;
using FamilyServices.Casework.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasMany(u => u.Establishments).WithOne().HasForeignKey(e => e.StaffUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StaffEstablishmentConfiguration : IEntityTypeConfiguration<StaffEstablishment>
{
    public void Configure(EntityTypeBuilder<StaffEstablishment> builder)
    {
        builder.HasKey(e => new { e.StaffUserId, e.EstablishmentId });
        builder.HasOne<Establishment>().WithMany().HasForeignKey(e => e.EstablishmentId);
    }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> builder)
    {
        builder.HasKey(c => new { c.Prefix, c.Year });
        builder.Property(c => c.Prefix).HasMaxLength(4);
    }
}
