using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FangchengCredit.Data.Configurations;

internal sealed class CreditRecordConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> builder)
    {
        builder.ToTable("CreditRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<int>();
        builder.Property(r => r.Status).HasConversion<int>();
        builder.Property(r => r.Severity).HasConversion<int?>();
        builder.Property(r => r.Title).HasMaxLength(CreditRecord.TitleMaxLength).IsRequired();
        builder.Property(r => r.DocumentNumber).HasMaxLength(CreditRecord.DocumentNumberMaxLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(CreditRecord.ActorMaxLength).IsRequired();
        builder.Property(r => r.VoidReason).HasMaxLength(CreditRecord.ReasonMaxLength);
        builder.Property(r => r.VoidedBy).HasMaxLength(CreditRecord.ActorMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Nature);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        // Grading loads an enterprise's (or a range of enterprises') records; the person page a person's; the job the active ones.
        // The grading columns ride in the index (SQLite has no INCLUDE): the daily job reads a range of enterprises' records from
        // the index alone instead of one table lookup per record (docs/benchmarks.md). The id is a key column too: SQLite's indexes
        // carry the rowid anyway, PostgreSQL's do not, and without it every record was a heap fetch there (an enterprise's
        // records lie scattered over the table); it also gives the job's (EnterpriseId, Date, Id) order straight from the index.
        // Its (EnterpriseId, Date) prefix serves the rest.
        builder.HasIndex(r => new { r.EnterpriseId, r.Date, r.Id, r.Kind, r.Status, r.PublicationEnd });
        builder.HasIndex(r => new { r.PersonId, r.Date });
        builder.HasIndex(r => new { r.Status, r.Kind });
        builder.HasIndex(r => r.Date);
    }
}

internal sealed class AccidentConfiguration : IEntityTypeConfiguration<Accident>
{
    public void Configure(EntityTypeBuilder<Accident> builder)
    {
        builder.ToTable("Accidents");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne(a => a.Record).WithOne().HasForeignKey<Accident>(a => a.Id).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Place).HasMaxLength(AccidentDetails.PlaceMaxLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(AccidentDetails.DescriptionMaxLength).IsRequired();
        builder.Property(a => a.Grade).HasConversion<int>();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Details);
        builder.HasIndex(a => new { a.EnterpriseId, a.OccurredOn });
        builder.HasIndex(a => new { a.Grade, a.OccurredOn });
        // What grading reads of an accident, by enterprise range, from the index alone (the id included: see CreditRecords).
        builder.HasIndex(a => new { a.EnterpriseId, a.Grade, a.IsLiability, a.Deaths, a.SeriousInjuries, a.Concealed, a.Id })
            .HasDatabaseName("IX_Accidents_Grading");
    }
}

internal sealed class AdministrativePenaltyConfiguration : IEntityTypeConfiguration<AdministrativePenalty>
{
    // SQLite cannot compare decimals in SQL, so amounts are stored as whole 分: exact on every provider, and comparable.
    private static readonly ValueConverter<decimal, long> WanYuanAsFen = new(v => WanYuan.ToFen(v), v => WanYuan.FromFen(v));

    public void Configure(EntityTypeBuilder<AdministrativePenalty> builder)
    {
        builder.ToTable("AdministrativePenalties");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne(p => p.Record).WithOne().HasForeignKey<AdministrativePenalty>(p => p.Id).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.SubjectName).HasMaxLength(PenaltyDetails.NameMaxLength).IsRequired();
        builder.Property(p => p.SubjectCategory).HasConversion<int>();
        builder.Property(p => p.SubjectCode).HasMaxLength(18).IsRequired();
        builder.Property(p => p.LegalRepresentative).HasMaxLength(PenaltyDetails.PersonNameMaxLength);
        builder.Property(p => p.DocumentNumber).HasMaxLength(PenaltyDetails.DocumentNumberMaxLength).IsRequired();
        builder.HasIndex(p => p.DocumentNumber).IsUnique();
        builder.Property(p => p.ViolationType).HasMaxLength(PenaltyDetails.ShortTextMaxLength).IsRequired();
        builder.Property(p => p.ViolationFacts).HasMaxLength(PenaltyDetails.LongTextMaxLength).IsRequired();
        builder.Property(p => p.LegalBasis).HasMaxLength(PenaltyDetails.LongTextMaxLength).IsRequired();
        builder.Property(p => p.PenaltyCategory).HasMaxLength(PenaltyDetails.ShortTextMaxLength).IsRequired();
        builder.Property(p => p.PenaltyContent).HasMaxLength(PenaltyDetails.LongTextMaxLength).IsRequired();
        builder.Property(p => p.FineWanYuan).HasConversion(WanYuanAsFen).HasColumnName("FineFen");
        builder.Property(p => p.ConfiscatedWanYuan).HasConversion(WanYuanAsFen).HasColumnName("ConfiscatedFen");
        builder.Property(p => p.LicenceAffected).HasMaxLength(PenaltyDetails.ShortTextMaxLength);
        builder.Property(p => p.Authority).HasMaxLength(PenaltyDetails.NameMaxLength).IsRequired();
        builder.Property(p => p.AuthorityCode).HasMaxLength(18);
        builder.Property(p => p.DataSource).HasMaxLength(PenaltyDetails.NameMaxLength).IsRequired();
        builder.Property(p => p.Procedure).HasConversion<int>();
        builder.Property(p => p.Severity).HasConversion<int>();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.EnterpriseId, p.DecisionDate });
        builder.HasIndex(p => p.DecisionDate);
        // What grading reads of a penalty (its id and severity), by enterprise range, from the index alone.
        builder.HasIndex(p => new { p.EnterpriseId, p.Severity, p.Id });
    }
}

internal sealed class RecordEvidenceConfiguration : IEntityTypeConfiguration<RecordEvidence>
{
    public void Configure(EntityTypeBuilder<RecordEvidence> builder)
    {
        builder.ToTable("RecordEvidence");
        builder.HasKey(e => e.Id);
        builder.HasOne<CreditRecord>().WithMany().HasForeignKey(e => e.CreditRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.FileName).HasMaxLength(RecordEvidence.FileNameMaxLength).IsRequired();
        builder.Property(e => e.FileType).HasConversion<int>();
        builder.Property(e => e.StoredName).HasMaxLength(RecordEvidence.StoredNameMaxLength).IsRequired();
        builder.HasIndex(e => e.StoredName).IsUnique();
        builder.Property(e => e.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(e => e.UploadedBy).HasMaxLength(CreditRecord.ActorMaxLength).IsRequired();
        builder.HasIndex(e => e.CreditRecordId);
    }
}

internal sealed class StoredCreditEvaluationConfiguration : IEntityTypeConfiguration<StoredCreditEvaluation>
{
    public void Configure(EntityTypeBuilder<StoredCreditEvaluation> builder)
    {
        // Derived from the audited records by a pure function: recomputable, so not worth the audit trail.
        builder.IsNotAudited();
        builder.ToTable("CreditEvaluations");
        builder.HasKey(e => e.Id);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.BandGrade).HasConversion<int>();
        builder.Property(e => e.Grade).HasConversion<int>();
        builder.Property(e => e.Override).HasConversion<int>();
        builder.Property(e => e.NextChangeGrade).HasConversion<int?>();
        builder.Property(e => e.RuleVersion).HasMaxLength(StoredCreditEvaluation.RuleVersionMaxLength).IsRequired();
        builder.Property(e => e.ExplanationJson).IsRequired();
        builder.HasIndex(e => new { e.EnterpriseId, e.AsOf });
    }
}

internal sealed class CurrentCreditGradeConfiguration : IEntityTypeConfiguration<CurrentCreditGrade>
{
    public void Configure(EntityTypeBuilder<CurrentCreditGrade> builder)
    {
        builder.IsNotAudited();
        builder.ToTable("CurrentCreditGrades");
        builder.HasKey(g => g.EnterpriseId);
        builder.Property(g => g.EnterpriseId).ValueGeneratedNever();
        builder.HasOne<Enterprise>().WithOne().HasForeignKey<CurrentCreditGrade>(g => g.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(g => g.BandGrade).HasConversion<int>();
        builder.Property(g => g.Grade).HasConversion<int>();
        builder.Property(g => g.Override).HasConversion<int>();
        builder.Property(g => g.NextChangeGrade).HasConversion<int?>();
        builder.Property(g => g.RuleVersion).HasMaxLength(StoredCreditEvaluation.RuleVersionMaxLength).IsRequired();
        builder.Property(g => g.ExplanationJson).IsRequired();
        // The enterprise list filters by grade.
        builder.HasIndex(g => new { g.Grade, g.Score });
        builder.HasIndex(g => g.NextChange);
    }
}

internal sealed class CreditReportConfiguration : IEntityTypeConfiguration<CreditReport>
{
    public void Configure(EntityTypeBuilder<CreditReport> builder)
    {
        builder.ToTable("CreditReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(ReportVerificationCode.StoredLength).IsRequired();
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.EnterpriseName).HasMaxLength(CreditReport.NameMaxLength).IsRequired();
        builder.Property(r => r.EnterpriseCode).HasMaxLength(18).IsRequired();
        builder.Property(r => r.Grade).HasConversion<int>();
        builder.Property(r => r.RuleVersion).HasMaxLength(StoredCreditEvaluation.RuleVersionMaxLength).IsRequired();
        builder.Property(r => r.IssuedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.IssuedBy).HasMaxLength(CreditRecord.ActorMaxLength).IsRequired();
        builder.HasIndex(r => new { r.EnterpriseId, r.IssuedOn });
    }
}
