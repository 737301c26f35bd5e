using FangchengCredit.Domain.Calendar;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Licensing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FangchengCredit.Data.Configurations;

internal sealed class LicenceTypeConfiguration : IEntityTypeConfiguration<LicenceType>
{
    public void Configure(EntityTypeBuilder<LicenceType> builder)
    {
        builder.ToTable("LicenceTypes");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(LicenceType.NameMaxLength).IsRequired();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class StoredHolidayYearConfiguration : IEntityTypeConfiguration<StoredHolidayYear>
{
    public void Configure(EntityTypeBuilder<StoredHolidayYear> builder)
    {
        builder.ToTable("HolidayYears");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.OffDays).HasMaxLength(4000).IsRequired();
        builder.Property(y => y.WorkingWeekendDays).HasMaxLength(4000).IsRequired();
        builder.Property(y => y.Version).IsConcurrencyToken();
    }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("Commitments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Mode).HasConversion<int>();
        builder.Property(c => c.Status).HasConversion<int>();
        builder.Property(c => c.ConclusionNote).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.FinalDeadline);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        // The daily job scans the pending ones; eligibility reads an enterprise's concluded ones.
        builder.HasIndex(c => new { c.Status, c.EnterpriseId });
        builder.HasIndex(c => new { c.EnterpriseId, c.ConcludedOn });
    }
}

internal sealed class CommitmentItemConfiguration : IEntityTypeConfiguration<CommitmentItem>
{
    public void Configure(EntityTypeBuilder<CommitmentItem> builder)
    {
        builder.ToTable("CommitmentItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Description).HasMaxLength(CommitmentItem.DescriptionMaxLength).IsRequired();
        builder.Property(i => i.VerifiedBy).HasMaxLength(256);
        builder.Property(i => i.UploadFileName).HasMaxLength(CommitmentItem.DescriptionMaxLength);
        builder.Property(i => i.UploadStoredName).HasMaxLength(64);
        builder.Property(i => i.UploadContentType).HasMaxLength(64);
        builder.Property(i => i.UploadSha256).HasMaxLength(64);
        builder.Ignore(i => i.IsReceived);
        builder.Ignore(i => i.HasUpload);
        builder.HasIndex(i => i.DueOn);
    }
}

internal sealed class LicenceApplicationConfiguration : IEntityTypeConfiguration<LicenceApplication>
{
    public void Configure(EntityTypeBuilder<LicenceApplication> builder)
    {
        builder.ToTable("LicenceApplications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Mode).HasConversion<int>();
        builder.Property(a => a.Status).HasConversion<int>();
        builder.Property(a => a.ApplicantGrade).HasConversion<int?>();
        builder.Property(a => a.DecisionReason).HasMaxLength(LicenceApplication.ReasonMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LicenceType>().WithMany().HasForeignKey(a => a.LicenceTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Commitment).WithMany().HasForeignKey(a => a.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CommitmentId).IsUnique();
        builder.HasOne<Licence>().WithMany().HasForeignKey(a => a.LicenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Materials).WithOne().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Materials).HasField("_materials").UsePropertyAccessMode(PropertyAccessMode.Field);
        // The queue: open applications, green channel first, then by target date.
        builder.HasIndex(a => new { a.Status, a.GreenChannel, a.TargetDate });
        builder.HasIndex(a => new { a.EnterpriseId, a.AcceptedOn });
    }
}

internal sealed class ApplicationMaterialConfiguration : IEntityTypeConfiguration<ApplicationMaterial>
{
    public void Configure(EntityTypeBuilder<ApplicationMaterial> builder)
    {
        builder.ToTable("ApplicationMaterials");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Name).HasMaxLength(ApplicationMaterial.NameMaxLength).IsRequired();
    }
}

internal sealed class LicenceConfiguration : IEntityTypeConfiguration<Licence>
{
    public void Configure(EntityTypeBuilder<Licence> builder)
    {
        builder.ToTable("Licences");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Status).HasConversion<int>();
        builder.Property(l => l.Number).HasMaxLength(64).IsRequired();
        builder.HasIndex(l => l.Number).IsUnique();
        builder.Property(l => l.DecisionDocumentNumber).HasMaxLength(100).IsRequired();
        builder.Property(l => l.Content).HasMaxLength(1000).IsRequired();
        builder.Property(l => l.HolderName).HasMaxLength(EnterpriseDetails.NameMaxLength).IsRequired();
        builder.Property(l => l.HolderCategory).HasMaxLength(32).IsRequired();
        builder.Property(l => l.HolderCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsRequired();
        builder.Property(l => l.LegalRepresentative).HasMaxLength(64).IsRequired();
        builder.Property(l => l.DecisionDocumentName).HasMaxLength(64).IsRequired();
        builder.Property(l => l.LicenceCategory).HasMaxLength(16).IsRequired();
        builder.Property(l => l.CertificateName).HasMaxLength(LicenceType.NameMaxLength).IsRequired();
        builder.Property(l => l.Authority).HasMaxLength(100).IsRequired();
        builder.Property(l => l.AuthorityCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsRequired();
        builder.Property(l => l.DataSource).HasMaxLength(100).IsRequired();
        builder.Property(l => l.RevocationReason).HasMaxLength(500);
        builder.Property(l => l.RevocationProposedBy).HasMaxLength(256);
        builder.Property(l => l.RevocationConfirmedBy).HasMaxLength(256);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(l => l.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LicenceType>().WithMany().HasForeignKey(l => l.LicenceTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.EnterpriseId, l.ValidUntil });
        builder.HasIndex(l => new { l.Status, l.ValidUntil });
    }
}

internal sealed class DeficiencyBanConfiguration : IEntityTypeConfiguration<DeficiencyBan>
{
    public void Configure(EntityTypeBuilder<DeficiencyBan> builder)
    {
        builder.ToTable("DeficiencyBans");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Reason).HasMaxLength(DeficiencyBan.ReasonMaxLength).IsRequired();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(b => b.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commitment>().WithMany().HasForeignKey(b => b.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        // One ban per concluded commitment makes the job idempotent.
        builder.HasIndex(b => b.CommitmentId).IsUnique();
        builder.HasIndex(b => new { b.EnterpriseId, b.Until });
    }
}
