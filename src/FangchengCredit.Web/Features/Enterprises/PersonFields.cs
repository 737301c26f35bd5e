namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>The model of <c>_PersonFields.cshtml</c>: one person row of the enterprise form, named by its field prefix.</summary>
public sealed record PersonFields(string Prefix, PersonInput Person, string Legend, bool Removable = false)
{
    public string Id(string field) => (Prefix + "_" + field).Replace('.', '_').Replace('[', '_').Replace(']', '_');

    public string Name(string field) => Prefix + "." + field;
}
