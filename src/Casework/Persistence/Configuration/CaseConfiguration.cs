using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(20);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.PrisonerName).HasMaxLength(200);
        builder.Property(c => c.PrisonNumber).HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.EstablishmentId, c.Status });
        builder.HasIndex(c => c.PrisonNumber);
        builder.HasIndex(c => c.PrisonerName);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId);
        builder.HasMany(c => c.SignificantOthers).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Consents).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Notes).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SignificantOtherConfiguration : IEntityTypeConfiguration<SignificantOther>
{
    public void Configure(EntityTypeBuilder<SignificantOther> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Relationship).HasMaxLength(100);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.PreferredLanguage).HasMaxLength(10);
        builder.HasIndex(s => s.Phone);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(c => c.GivenBy).HasMaxLength(200);
        builder.Property(c => c.Scope).HasMaxLength(500);
        builder.Property(c => c.RecordedByUserId).HasMaxLength(450);
        builder.Ignore(c => c.IsActive);
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.Property(n => n.AuthorUserId).HasMaxLength(450);
        builder.HasIndex(n => new { n.CaseId, n.WrittenAt });
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.Property(e => e.Kind).HasMaxLength(60);
        builder.HasIndex(e => new { e.CaseId, e.At });
    }
}
