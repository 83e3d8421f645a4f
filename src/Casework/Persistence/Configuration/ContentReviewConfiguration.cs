using FamilyServices.Casework.ContentReview;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyServices.Casework.Persistence.Configuration;

internal sealed class UnansweredQuestionConfiguration : IEntityTypeConfiguration<UnansweredQuestion>
{
    public void Configure(EntityTypeBuilder<UnansweredQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(2000);
        builder.Property(q => q.Language).HasMaxLength(10);
        builder.Property(q => q.BestGuessIntent).HasMaxLength(60);
        builder.HasIndex(q => new { q.ResolvedAt, q.AskedAt });
    }
}

internal sealed class AnswerFeedbackConfiguration : IEntityTypeConfiguration<AnswerFeedback>
{
    public void Configure(EntityTypeBuilder<AnswerFeedback> builder)
    {
        builder.Property(f => f.Intent).HasMaxLength(60);
        builder.Property(f => f.Language).HasMaxLength(10);
        builder.HasIndex(f => new { f.Intent, f.Language });
    }
}

internal sealed class ContentEditConfiguration : IEntityTypeConfiguration<ContentEdit>
{
    public void Configure(EntityTypeBuilder<ContentEdit> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.EstablishmentId).HasMaxLength(60);
        builder.Property(e => e.Language).HasMaxLength(10);
        builder.Property(e => e.Key).HasMaxLength(60);
        builder.Property(e => e.Value).HasMaxLength(4000);
        builder.Property(e => e.Source).HasMaxLength(500);
        builder.Property(e => e.ByUserId).HasMaxLength(450);
        builder.Property(e => e.ByName).HasMaxLength(256);
        // The apps poll the newest edit every few seconds.
        builder.HasIndex(e => e.At);
    }
}
