using FamilyServices.Casework.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(200);
        builder.Property(m => m.Purpose).HasMaxLength(60);
        builder.Property(m => m.ProviderMessageId).HasMaxLength(100);
        builder.Property(m => m.DeliveryStatus).HasMaxLength(30);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        // The sender's query: what is due now.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.ProviderMessageId);
    }
}
