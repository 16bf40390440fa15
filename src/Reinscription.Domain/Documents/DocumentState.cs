namespace Reinscription.Domain.Documents;

public enum DocumentState
{
    ToProvide,
    Provided,
    Validated,
    Refused,
}
