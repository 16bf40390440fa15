namespace Reinscription.Web.FamilyImport;

/// <summary>The columns of the management system's CSV, as documented in the README and docs/import-exemple.csv.</summary>
public static class ImportColumns
{
    public const string FamilyId = "id_famille";
    public const string Identifier = "identifiant";
    public const string Civility1 = "civilite_resp1";
    public const string LastName1 = "nom_resp1";
    public const string FirstName1 = "prenom_resp1";
    public const string Address = "adresse";
    public const string PostalCode = "code_postal";
    public const string Town = "ville";
    public const string HomePhone = "tel_domicile";
    public const string Mobile1 = "mobile_resp1";
    public const string WorkPhone1 = "tel_pro_resp1";
    public const string Email1 = "email_resp1";
    public const string Civility2 = "civilite_resp2";
    public const string LastName2 = "nom_resp2";
    public const string FirstName2 = "prenom_resp2";
    public const string Mobile2 = "mobile_resp2";
    public const string Email2 = "email_resp2";
    public const string Resident = "resident";
    public const string StudentId = "id_eleve";
    public const string StudentCivility = "civilite_eleve";
    public const string StudentLastName = "nom_eleve";
    public const string StudentFirstName = "prenom_eleve";
    public const string StudentBirthDate = "date_naissance_eleve";
    public const string Discipline = "discipline";
    public const string Course = "cours";
    public const string CourseDay = "jour";
    public const string Teacher = "professeur";

    /// <summary>Without these the file cannot be read at all; the others may be left out.</summary>
    public static readonly IReadOnlyList<string> Required =
    [
        FamilyId, Civility1, LastName1, FirstName1, Address, PostalCode, Town, Email1,
    ];

    /// <summary>Every column in file order, with what it holds, as the import page and the README describe them.</summary>
    public static readonly IReadOnlyList<(string Name, string Meaning)> All =
    [
        (FamilyId, "n° de la famille dans le logiciel de gestion (obligatoire ; c'est lui qui retrouve la famille d'un import à l'autre)"),
        (Identifier, "identifiant de connexion (facultatif ; vide, il est formé à partir du nom : dupont1, dupont2…)"),
        (Civility1, "civilité du responsable 1 : Madame ou Monsieur (Mme, M.)"),
        (LastName1, "nom du responsable 1"),
        (FirstName1, "prénom du responsable 1"),
        (Address, "adresse de la famille"),
        (PostalCode, "code postal (5 chiffres)"),
        (Town, "ville"),
        (HomePhone, "téléphone du domicile (facultatif)"),
        (Mobile1, "mobile du responsable 1 (facultatif)"),
        (WorkPhone1, "téléphone professionnel du responsable 1 (facultatif)"),
        (Email1, "e-mail du responsable 1 : l'identifiant et le lien du mot de passe y sont envoyés"),
        (Civility2, "civilité du responsable 2 (facultatif, comme les quatre colonnes suivantes)"),
        (LastName2, "nom du responsable 2"),
        (FirstName2, "prénom du responsable 2"),
        (Mobile2, "mobile du responsable 2"),
        (Email2, "e-mail du responsable 2"),
        (Resident, "oui ou non : la famille réside sur le territoire (vide : inchangé, non pour une nouvelle famille)"),
        (StudentId, "n° de l'élève dans le logiciel de gestion (vide : ligne de la famille seule)"),
        (StudentCivility, "civilité de l'élève"),
        (StudentLastName, "nom de l'élève"),
        (StudentFirstName, "prénom de l'élève"),
        (StudentBirthDate, "date de naissance de l'élève, JJ/MM/AAAA"),
        (Discipline, "discipline du cours suivi cette année, par exemple Formation musicale (facultatif)"),
        (Course, "nom du cours tel que l'offre de l'année le nomme, par exemple FM 2.1 (21)"),
        (CourseDay, "jour du cours, pour départager deux cours du même nom (facultatif)"),
        (Teacher, "professeur du cours, pour départager deux cours du même nom (facultatif)"),
    ];

    /// <summary>The model offered for download and kept as docs/import-exemple.csv: a test checks they are the same.</summary>
    public static string Example()
    {
        string[] lines =
        [
            string.Join(';', All.Select(c => c.Name)),
            "F1042;;Madame;Lefèvre;Hélène;8 rue de l'Église;92190;Meudon;01 45 34 00 11;06 11 22 33 44;;helene.lefevre@example.org;Monsieur;Lefèvre;François;06 55 44 33 22;francois.lefevre@example.org;oui;E2210;Madame;Lefèvre;Zoé;12/09/2014;Formation musicale;FM 2.1 (21);;",
            "F1042;;Madame;Lefèvre;Hélène;8 rue de l'Église;92190;Meudon;01 45 34 00 11;06 11 22 33 44;;helene.lefevre@example.org;Monsieur;Lefèvre;François;06 55 44 33 22;francois.lefevre@example.org;oui;E2210;Madame;Lefèvre;Zoé;12/09/2014;Violoncelle;Violoncelle;mardi;M. Lefèvre",
            "F1042;;Madame;Lefèvre;Hélène;8 rue de l'Église;92190;Meudon;01 45 34 00 11;06 11 22 33 44;;helene.lefevre@example.org;Monsieur;Lefèvre;François;06 55 44 33 22;francois.lefevre@example.org;oui;E2211;Monsieur;Lefèvre;Noé;03/02/2017;Danse;Danse classique 1C2;;",
            "F1043;nguyen.b;Monsieur;Nguyen;Bao;14 avenue du Château;92190;Meudon;;07 12 34 56 78;01 41 00 00 00;bao.nguyen@example.org;;;;;;non;;;;;;;;;",
        ];
        return string.Join("\r\n", lines) + "\r\n";
    }
}
