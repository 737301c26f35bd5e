using FangchengCredit.Domain.Calendar;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Licensing;

namespace FangchengCredit.Domain.Tests.Licensing;

public class AFileUploadedInTimeWaitsForVerification
{
    private static readonly DateOnly Signed = new(2026, 9, 28);
    private static readonly DateOnly Due = new(2026, 10, 16);

    private static Commitment Owing() => Commitment.AcceptWithDeficiencies(1, Signed, [("消防验收意见书", Due)]);

    [Fact]
    public void An_item_uploaded_on_the_due_date_is_not_overdue_the_day_after()
    {
        var commitment = Owing();
        commitment.AttachUpload(commitment.Items.Single().Id, "意见书.pdf", "application/pdf", 1024, "a.pdf", "00", Due);

        Assert.False(commitment.IsOverdue(Due.AddDays(1)));
    }

    [Fact]
    public void Staff_may_verify_it_after_the_due_date_and_the_commitment_is_kept()
    {
        var commitment = Owing();
        commitment.AttachUpload(0, "意见书.pdf", "application/pdf", 1024, "a.pdf", "00", Due);

        Assert.True(commitment.MarkItemReceived("消防验收意见书", Due.AddDays(3), "李科员"));
        Assert.Equal(CommitmentStatus.Kept, commitment.Status);
    }

    [Fact]
    public void An_item_uploaded_after_the_due_date_leaves_the_commitment_overdue()
    {
        var commitment = Owing();
        commitment.AttachUpload(0, "意见书.pdf", "application/pdf", 1024, "a.pdf", "00", Due.AddDays(1));

        Assert.True(commitment.IsOverdue(Due.AddDays(1)));
    }

    [Fact]
    public void Nothing_can_be_uploaded_to_a_concluded_commitment()
    {
        var commitment = Owing();
        commitment.MarkBreached(Due.AddDays(1));

        Assert.Throws<DomainException>(() => commitment.AttachUpload(0, "意见书.pdf", "application/pdf", 1024, "a.pdf", "00", Due.AddDays(2)));
    }
}

public class ADeficiencyBanLastsItsMonths
{
    [Theory]
    [InlineData("2026-10-19", true)]
    [InlineData("2027-10-18", true)]
    [InlineData("2027-10-19", false)]
    [InlineData("2026-10-18", false)]
    public void A_twelve_month_ban_from_19_October_2026_ends_on_18_October_2027(string day, bool active)
    {
        var ban = DeficiencyBan.Impose(1, 2, new DateOnly(2026, 10, 19), 12, "逾期未补正");

        Assert.Equal(active, ban.IsActiveOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }
}

public class AnApplicationListsItsMaterials
{
    [Fact]
    public void The_owed_items_are_listed_as_missing_until_verified()
    {
        var eligibility = new CommitmentEligibility(true, [], false);
        var application = LicenceApplication.Accept(1, 1, new DateOnly(2026, 3, 2), eligibility, null, new DateOnly(2026, 4, 13), new DateOnly(2026, 3, 9));
        application.ListMaterials(["营业执照"], ["培训合格证明"]);

        application.MarkMaterialReceived("培训合格证明");

        Assert.All(application.Materials, m => Assert.True(m.Received));
        Assert.Throws<DomainException>(() => application.ListMaterials(["营业执照"], []));
    }

    [Fact]
    public void A_material_cannot_be_listed_twice()
    {
        var application = LicenceApplication.Accept(1, 1, new DateOnly(2026, 3, 2), new CommitmentEligibility(true, [], false), null,
            new DateOnly(2026, 4, 13), new DateOnly(2026, 3, 9));

        Assert.Throws<DomainException>(() => application.ListMaterials(["营业执照"], ["营业执照"]));
    }
}

public class AStoredHolidayYearIsEditedAsText
{
    [Fact]
    public void The_official_2026_year_survives_the_round_trip()
    {
        var stored = new StoredHolidayYear(OfficialHolidays.Year2026);

        var back = stored.ToHolidayYear();

        Assert.Equal(OfficialHolidays.Year2026.OffDays, back.OffDays);
        Assert.Equal(OfficialHolidays.Year2026.WorkingWeekendDays, back.WorkingWeekendDays);
    }

    [Fact]
    public void Dates_may_be_separated_by_commas_spaces_or_new_lines()
    {
        var year = StoredHolidayYear.Parse(2027, "2027-01-01，2027-02-06\n2027/02/07", "2027-01-30");

        Assert.Equal(3, year.OffDays.Count);
        Assert.Single(year.WorkingWeekendDays);
    }

    [Fact]
    public void A_bad_date_is_named_in_the_message()
    {
        var e = Assert.Throws<DomainException>(() => StoredHolidayYear.Parse(2027, "2027-13-01", ""));

        Assert.Contains("2027-13-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_working_day_that_is_not_a_weekend_is_refused()
    {
        Assert.Throws<DomainException>(() => StoredHolidayYear.Parse(2027, "", "2027-01-04"));
    }
}
