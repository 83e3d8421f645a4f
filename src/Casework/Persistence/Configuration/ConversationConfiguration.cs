using FamilyServices.Casework.Conversations;
using FamilyServices.Casework.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.Property(c => c.Address).HasMaxLength(200);
        builder.Property(c => c.ExternalId).HasMaxLength(200);
        builder.Property(c => c.Language).HasMaxLength(10);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Channel, c.ExternalId }).IsUnique();
        builder.HasIndex(c => c.LastActivityAt);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId);
        builder.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.Property(m => m.Language).HasMaxLength(10);
        builder.Property(m => m.ChannelMessageId).HasMaxLength(100);
        builder.Property(m => m.Intent).HasMaxLength(60);
        builder.HasIndex(m => new { m.ConversationId, m.Id });
        builder.HasIndex(m => new { m.ConversationId, m.ChannelMessageId });
    }
}

internal sealed class ContactPreferenceConfiguration : IEntityTypeConfiguration<ContactPreference>
{
    public void Configure(EntityTypeBuilder<ContactPreference> builder)
    {
        builder.HasKey(p => new { p.Channel, p.Address });
        builder.Property(p => p.Address).HasMaxLength(200);
        builder.Property(p => p.Language).HasMaxLength(10);
    }
}
