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
