using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FangchengCredit.Data.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ToTable("Enterprises");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Code).HasMaxLength(UnifiedSocialCreditCode.Length).IsRequired();
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(EnterpriseDetails.NameMaxLength).IsRequired();
        builder.HasIndex(e => e.Name);
        builder.Property(e => e.TownshipCode).HasMaxLength(9).IsRequired();
        builder.Property(e => e.Address).HasMaxLength(EnterpriseDetails.AddressMaxLength);
        builder.Property(e => e.ContactPhone).HasMaxLength(EnterpriseDetails.PhoneMaxLength);
        builder.Property(e => e.SubjectType).HasConversion<int>();
        builder.Property(e => e.RiskLevel).HasConversion<int>();
        builder.Property(e => e.Standardisation).HasConversion<int>();
        builder.Property(e => e.Status).HasConversion<int>();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Industry>().WithMany().HasForeignKey(e => e.IndustryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TownshipUnit>().WithMany().HasForeignKey(e => e.TownshipCode).OnDelete(DeleteBehavior.Restrict);
        // The list filters by these and pages by name: composite indexes keep filter + order cheap at 100,000 rows.
        builder.HasIndex(e => new { e.IndustryId, e.Name });
        builder.HasIndex(e => new { e.TownshipCode, e.Name });
        builder.HasIndex(e => new { e.RiskLevel, e.Name });
        builder.HasIndex(e => new { e.Status, e.Name });
        // The narrowest index of the table: the unfiltered list's exact count (共 N 条) scans it instead of the name index
        // (SQLite: 2 ms → 0.1 ms at 100,000 rows; SQL Server likewise counts through the narrowest index). Also serves a filter on
        // 重大危险源 enterprises.
        builder.HasIndex(e => e.HasMajorHazardSource);
        builder.Ignore(e => e.Details);
        builder.HasMany(e => e.People).WithOne().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.People).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_people");
    }
}

internal sealed class EnterprisePersonConfiguration : IEntityTypeConfiguration<EnterprisePerson>
{
    public void Configure(EntityTypeBuilder<EnterprisePerson> builder)
    {
        builder.ToTable("EnterprisePeople");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Role).HasConversion<int>();
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.EnterpriseId, p.Role });
        builder.HasIndex(p => new { p.PersonId, p.EnterpriseId, p.Role }).IsUnique();
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(Person.NameMaxLength).IsRequired();
        builder.HasIndex(p => p.Name);
        builder.Property(p => p.IdNumber).HasMaxLength(ResidentIdNumber.Length).IsRequired().IsAuditMasked();
        builder.HasIndex(p => p.IdNumber).IsUnique();
        builder.Property(p => p.Phone).HasMaxLength(EnterpriseDetails.PhoneMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.MaskedIdNumber);
    }
}

internal sealed class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> builder)
    {
        builder.ToTable("Industries");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Name).HasMaxLength(Industry.NameMaxLength).IsRequired();
        builder.HasIndex(i => i.Name).IsUnique();
    }
}

internal sealed class TownshipUnitConfiguration : IEntityTypeConfiguration<TownshipUnit>
{
    public void Configure(EntityTypeBuilder<TownshipUnit> builder)
    {
        builder.ToTable("Townships");
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(9);
        builder.Property(t => t.Name).HasMaxLength(TownshipUnit.NameMaxLength).IsRequired();
    }
}
