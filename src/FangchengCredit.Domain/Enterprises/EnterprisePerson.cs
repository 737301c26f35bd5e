namespace FangchengCredit.Domain.Enterprises;

/// <summary>A person's role in one enterprise (法定代表人 / 主要负责人 / 实际控制人). Part of the Enterprise aggregate.</summary>
public sealed class EnterprisePerson
{
    public long Id { get; private set; }

    public long EnterpriseId { get; private set; }

    public long PersonId { get; private set; }

    public Person Person { get; private set; } = null!;

    public PersonRole Role { get; private set; }

    /// <summary>Since when the person holds the role, as far as the bureau knows.</summary>
    public DateOnly Since { get; private set; }

    private EnterprisePerson() { }

    internal EnterprisePerson(Person person, PersonRole role, DateOnly since)
    {
        Person = person;
        PersonId = person.Id;
        Role = role;
        Since = since;
    }
}
