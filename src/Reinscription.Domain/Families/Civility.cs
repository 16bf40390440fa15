namespace Reinscription.Domain.Families;

public enum Civility
{
    Madame,
    Monsieur,
}
