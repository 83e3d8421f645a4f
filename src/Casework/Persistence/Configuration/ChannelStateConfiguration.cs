using FamilyServices.Casework.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class WebChatConversationConfiguration : IEntityTypeConfiguration<WebChatConversation>
{
    public void Configure(EntityTypeBuilder<WebChatConversation> builder)
    {
        builder.HasKey(c => c.ConversationId);
        builder.Property(c => c.ConversationId).HasMaxLength(100);
        builder.Property(c => c.UserId).HasMaxLength(200);
        builder.HasIndex(c => c.StartedAt);
    }
}

internal sealed class WebChatActivityConfiguration : IEntityTypeConfiguration<WebChatActivity>
{
    public void Configure(EntityTypeBuilder<WebChatActivity> builder)
    {
        builder.Property(a => a.ConversationId).HasMaxLength(100);
        builder.Property(a => a.ActivityId).HasMaxLength(150);
        builder.Property(a => a.Type).HasMaxLength(40);
        // The watermark is unique per conversation: two instances appending at once cannot share one.
        builder.HasIndex(a => new { a.ConversationId, a.Watermark }).IsUnique();
        builder.HasIndex(a => a.At);
        builder.HasOne<WebChatConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SmsSessionStateConfiguration : IEntityTypeConfiguration<SmsSessionState>
{
    public void Configure(EntityTypeBuilder<SmsSessionState> builder)
    {
        builder.HasKey(s => s.PhoneNumber);
        builder.Property(s => s.PhoneNumber).HasMaxLength(40);
        builder.Property(s => s.Language).HasMaxLength(10);
    }
}

internal sealed class SmsReceiptConfiguration : IEntityTypeConfiguration<SmsReceipt>
{
    public void Configure(EntityTypeBuilder<SmsReceipt> builder)
    {
        builder.HasKey(r => r.MessageSid);
        builder.Property(r => r.MessageSid).HasMaxLength(64);
        // No index on ReceivedAt: receipts are kept a day, so the retention job's daily scan is small,
        // and the index cost every inbound text another page written.
    }
}
