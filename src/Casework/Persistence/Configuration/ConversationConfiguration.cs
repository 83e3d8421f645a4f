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
        // No index on LastActivityAt: every turn moves it, which cost two index pages per turn's write,
        // and only the daily retention job looks conversations up by it (a scan once a day is cheap).
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
        // Only the family's messages carry the channel's id (a retried webhook is looked up by it): the
        // assistant's replies stay out of the index, so a turn writes one index page fewer.
        builder.HasIndex(m => new { m.ConversationId, m.ChannelMessageId }).HasFilter("\"ChannelMessageId\" IS NOT NULL");
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
