using FamilyServices.Casework.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class EstablishmentConfiguration : IEntityTypeConfiguration<Establishment>
{
    public void Configure(EntityTypeBuilder<Establishment> builder)
    {
        builder.Property(e => e.Id).HasMaxLength(40);
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.HasData(Establishment.Known.Select(e => new Establishment { Id = e.Id, Name = e.Name }));
    }
}
