using FamilyServices.Casework.Cases;
using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Escalations;
using FamilyServices.Casework.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.Property(e => e.Reference).HasMaxLength(20);
        builder.HasIndex(e => e.Reference).IsUnique();
        builder.Property(e => e.Category).HasMaxLength(60);
        builder.Property(e => e.PrisonerName).HasMaxLength(200);
        builder.Property(e => e.PrisonNumber).HasMaxLength(20);
        builder.Property(e => e.RaisedByName).HasMaxLength(200);
        builder.Property(e => e.RaisedByRelationship).HasMaxLength(100);
        builder.Property(e => e.ContactAddress).HasMaxLength(200);
        builder.Property(e => e.Language).HasMaxLength(10);
        builder.Property(e => e.ClosingReason).HasMaxLength(1000);
        builder.Property(e => e.Version).IsConcurrencyToken();
        // The triage queue: open items by severity, then oldest first.
        builder.HasIndex(e => new { e.Status, e.Severity, e.RaisedAt });
        builder.HasIndex(e => new { e.EstablishmentId, e.Status });
        builder.HasIndex(e => e.PrisonNumber);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(e => e.EstablishmentId);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.SetNull);
    }
}
